using System.Text.Json;
using Ektu.Qa.Kernel.Web.Input;
using Microsoft.AspNetCore.Http;

namespace Ektu.Qa.Kernel.Tests.Web;

public sealed class BadInputProblemTests
{
    private static readonly JsonSerializerOptions Options = CreateOptions();

    private sealed record Body(string Title, DateOnly Day, DateTime At, string? Note, List<string> Tags);

    [Theory]
    [InlineData("{\"title\":\"a\\u0001b\",\"day\":\"2025-01-01\",\"at\":\"2025-01-01T00:00:00Z\",\"tags\":[]}", "Title", "Kernel:ControlCharacters")]
    [InlineData("{\"title\":\"a\",\"day\":\"9999-12-31\",\"at\":\"2025-01-01T00:00:00Z\",\"tags\":[]}", "Day", "Kernel:DateOutOfRange")]
    [InlineData("{\"title\":\"a\",\"day\":\"2025-01-01\",\"at\":\"0001-01-01T00:00:00Z\",\"tags\":[]}", "At", "Kernel:DateOutOfRange")]
    [InlineData("{\"title\":\"a\",\"day\":\"2025-02-30\",\"at\":\"2025-01-01T00:00:00Z\",\"tags\":[]}", "Day", "Kernel:InvalidValue")]
    [InlineData("{\"title\":42,\"day\":\"2025-01-01\",\"at\":\"2025-01-01T00:00:00Z\",\"tags\":[]}", "Title", "Kernel:InvalidValue")]
    [InlineData("{\"title\":\"a\",\"day\":\"2025-01-01\",\"at\":\"2025-01-01T00:00:00Z\",\"tags\":[\"x\\u0000\"]}", "Tags[0]",
        "Kernel:ControlCharacters")]
    [InlineData("{\"title\":\"a\",\"day\":\"2025-01-01\",\"at\":\"2025-01-01T00:00:00Z\",\"tags\":null}", "Tags", "Kernel:InvalidValue")]
    public void Describe_Should_NameTheFieldAndItsError_When_JsonBodyIsRefused(string json, string field, string code)
    {
        var e = Should.Throw<JsonException>(() => JsonSerializer.Deserialize<Body>(json, Options));
        var problem = BadInputProblem.Describe(new BadHttpRequestException("Failed to read", 400, e));
        problem.Status.ShouldBe(400);
        problem.Code.ShouldBe("Kernel:BadRequest");
        problem.Errors[field].ShouldBe(code, string.Join(", ", problem.Errors));
    }

    [Fact]
    public void Write_Should_StayLenient_When_AStoredValueIsNullWhereTheContractIsNot()
    {
        var json = JsonSerializer.Serialize(new Body(null!, new DateOnly(9999, 12, 31), DateTime.MinValue, null, null!), Options);
        json.ShouldContain("\"day\":\"9999-12-31\"");
        JsonSerializer.Deserialize<Body>("{\"title\":\"ok\",\"day\":\"2025-01-01\",\"at\":\"2025-01-01T00:00:00Z\",\"note\":null,\"tags\":[]}",
            Options)!
            .Note.ShouldBeNull();
    }

    [Theory]
    [InlineData("Failed to bind parameter \"int? page\" from \"abc\".", "page", "Kernel:InvalidValue")]
    [InlineData("Required parameter \"int version\" was not provided from query string.", "version", "Kernel:Required")]
    public void Describe_Should_NameTheParameter_When_QueryValueDoesNotBind(string message, string field, string code) =>
        BadInputProblem.Describe(new BadHttpRequestException(message, 400)).Errors[field].ShouldBe(code);

    [Theory]
    [InlineData(413, "Kernel:PayloadTooLarge")]
    [InlineData(415, "Kernel:UnsupportedMediaType")]
    [InlineData(500, "Kernel:BadRequest")]
    public void Describe_Should_KeepAClientStatus_When_TheServerRefusesTheBody(int status, string code)
    {
        var problem = BadInputProblem.Describe(new BadHttpRequestException("x", status));
        problem.Code.ShouldBe(code);
        problem.Status.ShouldBe(status == 500 ? 400 : status);
    }

    private static JsonSerializerOptions CreateOptions()
    {
        var o = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        InputBindingSetup.AddConverters(o);
        return o;
    }
}
