using System.Reflection;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Ektu.Qa.Host.OpenApi;

/// <summary>
/// The Kernel reads strings and times through its own JSON converters (input checks, UTC), and a type with a custom converter
/// gets an empty schema ("any"), so generated clients would see untyped values. What goes over the wire is still a JSON
/// string: say so, and say when it may be null.
/// </summary>
internal sealed class ConvertedTypesSchemaTransformer : IOpenApiSchemaTransformer
{
    public Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        var declared = context.JsonTypeInfo.Type;
        var type = Nullable.GetUnderlyingType(declared) ?? declared;
        if (schema.Type != null || (type != typeof(string) && type != typeof(DateTime))) return Task.CompletedTask;
        schema.Type = JsonSchemaType.String;
        if (type == typeof(DateTime)) schema.Format = "date-time";
        var nullable = Nullable.GetUnderlyingType(declared) != null || IsNullableReference(context.JsonPropertyInfo?.AttributeProvider);
        if (nullable) schema.Type |= JsonSchemaType.Null;
        return Task.CompletedTask;
    }

    /// <summary>A <c>string?</c> property, by its nullable annotation.</summary>
    private static bool IsNullableReference(ICustomAttributeProvider? member) => member switch
    {
        PropertyInfo p => new NullabilityInfoContext().Create(p).ReadState == NullabilityState.Nullable,
        FieldInfo f => new NullabilityInfoContext().Create(f).ReadState == NullabilityState.Nullable,
        _ => false,
    };
}
