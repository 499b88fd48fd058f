using System.Text.Json;
using System.Text.Json.Serialization;
using Ektu.Qa.Kernel.Errors;
using Ektu.Qa.Kernel.Input;

namespace Ektu.Qa.Kernel.Web.Input;

/// <summary>API date-times in ISO 8601, refused outside <see cref="DateWindow"/>; written as the default converter does.</summary>
internal sealed class InputDateTimeConverter : JsonConverter<DateTime>
{
    public override DateTime Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String || !reader.TryGetDateTime(out var time)) throw new JsonException();
        return DateWindow.Contains(time) ? time : throw new InputRejectedJsonException(ErrorCodes.DateOutOfRange);
    }

    public override void Write(Utf8JsonWriter writer, DateTime value, JsonSerializerOptions options) => writer.WriteStringValue(value);
}
