using System.Text.Json;
using System.Text.Json.Serialization;
using Ektu.Qa.Kernel.Errors;
using Ektu.Qa.Kernel.Input;

namespace Ektu.Qa.Kernel.Web.Input;

/// <summary>Every string an API request carries is refused when it holds control characters (one place for all endpoints).</summary>
internal sealed class InputStringConverter : JsonConverter<string>
{
    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var value = reader.GetString();
        return InputText.HasControlCharacters(value) ? throw new InputRejectedJsonException(ErrorCodes.ControlCharacters) : value;
    }

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WriteStringValue(value);

    // Dictionary keys (workflow variables, form values) go through these; without them a custom string converter refuses keys.
    public override string ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        Read(ref reader, typeToConvert, options) ?? "";

    public override void WriteAsPropertyName(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WritePropertyName(value);
}
