using Ektu.Qa.Kernel.Input;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;

namespace Ektu.Qa.Kernel.Web.Input;

/// <summary>
/// A form or query value bound by the framework's own binder, then refused as the API refuses it: text with control
/// characters, a date outside <see cref="DateWindow"/>, a typed value that is not one of its type. The field gets the error
/// and keeps no value.
/// </summary>
internal sealed class InputCheckingModelBinder(IModelBinder inner) : IModelBinder
{
    /// <summary>Set in the request's items when a value was refused, so a page stops before its handler.</summary>
    public static readonly object Refused = new();

    public async Task BindModelAsync(ModelBindingContext context)
    {
        await inner.BindModelAsync(context);
        if (!context.Result.IsModelSet)
        {
            // A typed value the framework could not read ("abc" for a number, 2026-02-30 for a date) left an error and the
            // default behind: the handler would clear that error and save the default, losing what was typed without a word.
            if (context.ModelState.TryGetValue(context.ModelName, out var entry) && entry.Errors.Count > 0
                && !string.IsNullOrWhiteSpace(entry.AttemptedValue))
                context.HttpContext.Items[Refused] = true;
            return;
        }
        var code = InputChecks.ErrorOf(context.Result.Model);
        if (code == null) return;
        var l = context.HttpContext.RequestServices.GetRequiredService<IStringLocalizer>();
        context.ModelState.TryAddModelError(context.ModelName, l[code].Value);
        context.Result = ModelBindingResult.Failed();
        context.HttpContext.Items[Refused] = true;
    }
}
