using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Ektu.Qa.Kernel.Errors;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding.Binders;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace Ektu.Qa.Kernel.Web.Input;

/// <summary>
/// Input checks in one place for every module: API JSON (converters) and page forms (binders) refuse control characters
/// and dates outside the window; minimal APIs throw on bad requests so the exception handler answers them (400/413/415).
/// </summary>
internal static class InputBindingSetup
{
    public static void AddQaInputChecks(this IServiceCollection services)
    {
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        services.Configure<Microsoft.AspNetCore.Http.Json.JsonOptions>(o => AddConverters(o.SerializerOptions));
        // PostConfigure: the framework fills the binder providers when MVC is added, after the Kernel's registration.
        services.AddOptions<MvcOptions>().PostConfigure<IStringLocalizer>((o, l) =>
        {
            for (var i = 0; i < o.ModelBinderProviders.Count; i++)
                if (o.ModelBinderProviders[i] is SimpleTypeModelBinderProvider or DateTimeModelBinderProvider or EnumTypeModelBinderProvider
                    or FloatingPointTypeModelBinderProvider)
                    o.ModelBinderProviders[i] = new InputCheckingModelBinderProvider(o.ModelBinderProviders[i]);
            // The framework's own binding messages are English only.
            var m = o.ModelBindingMessageProvider;
            m.SetAttemptedValueIsInvalidAccessor((_, _) => l[ErrorCodes.InvalidValue].Value);
            m.SetUnknownValueIsInvalidAccessor(_ => l[ErrorCodes.InvalidValue].Value);
            m.SetValueIsInvalidAccessor(_ => l[ErrorCodes.InvalidValue].Value);
            m.SetValueMustBeANumberAccessor(_ => l[ErrorCodes.InvalidValue].Value);
            m.SetNonPropertyAttemptedValueIsInvalidAccessor(_ => l[ErrorCodes.InvalidValue].Value);
            m.SetNonPropertyUnknownValueIsInvalidAccessor(() => l[ErrorCodes.InvalidValue].Value);
            m.SetNonPropertyValueMustBeANumberAccessor(() => l[ErrorCodes.InvalidValue].Value);
            m.SetMissingBindRequiredValueAccessor(_ => l[ErrorCodes.Required].Value);
            m.SetMissingKeyOrValueAccessor(() => l[ErrorCodes.Required].Value);
            m.SetMissingRequestBodyRequiredValueAccessor(() => l[ErrorCodes.Required].Value);
            m.SetValueMustNotBeNullAccessor(_ => l[ErrorCodes.Required].Value);
        });
        // No client-side validation script is loaded, so the data-val-* attributes only carried the framework's English
        // messages ("The ProgrammeId field is required.") into every form; the server's localized errors are what people read.
        services.AddOptions<MvcViewOptions>().PostConfigure(o => o.ClientModelValidatorProviders.Clear());
    }

    /// <summary>The converters the API's JSON uses; public to tests through the same options.</summary>
    internal static void AddConverters(JsonSerializerOptions options)
    {
        // A null where the contract says non-nullable is refused while reading (a field error, not a NullReferenceException
        // deep in an app service); writing stays lenient, since rows read from the database may hold nulls a DTO does not declare.
        options.RespectNullableAnnotations = true;
        options.TypeInfoResolver = (options.TypeInfoResolver ?? new DefaultJsonTypeInfoResolver()).WithAddedModifier(type =>
        {
            foreach (var p in type.Properties)
                if (!p.PropertyType.IsValueType) p.IsGetNullable = true;
        });
        options.Converters.Add(new InputStringConverter());
        options.Converters.Add(new InputDateOnlyConverter());
        options.Converters.Add(new InputDateTimeConverter());
    }
}
