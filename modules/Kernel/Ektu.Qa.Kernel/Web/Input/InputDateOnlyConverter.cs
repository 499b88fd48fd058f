using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Ektu.Qa.Kernel.Errors;
using Ektu.Qa.Kernel.Input;

namespace Ektu.Qa.Kernel.Web.Input;

/// <summary>API dates in ISO form (yyyy-MM-dd), refused outside <see cref="DateWindow"/>; written as the default converter does.</summary>
internal sealed class InputDateOnlyConverter : JsonConverter<DateOnly>
{
    public override DateOnly Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String
            || !DateOnly.TryParseExact(reader.GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            throw new JsonException();
        return DateWindow.Contains(date) ? date : throw new InputRejectedJsonException(ErrorCodes.DateOutOfRange);
    }

    public override void Write(Utf8JsonWriter writer, DateOnly value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
}
