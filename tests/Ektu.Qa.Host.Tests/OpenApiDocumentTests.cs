using System.Net.Http.Json;
using System.Text.Json;

namespace Ektu.Qa.Host.Tests;

/// <summary>The API document drives client generators: every operation is named, summarised and says how it is authorised.</summary>
public sealed partial class OpenApiDocumentTests
{
    private static readonly string[] Methods = ["get", "put", "post", "delete", "patch"];

    [Fact]
    public async Task EveryOperation_Should_HaveUniqueOperationIdAndSummary_When_DocumentIsServed()
    {
        var doc = await DocumentAsync();
        var operations = Operations(doc).ToList();
        operations.Count.ShouldBeGreaterThan(150);
        var problems = new List<string>();
        foreach (var (key, op) in operations)
        {
            if (!op.TryGetProperty("operationId", out var id) || !OperationId().IsMatch(id.GetString()!))
                problems.Add($"{key}: operationId <Module>_<Verb><Thing>");
            if (!op.TryGetProperty("summary", out var summary) || string.IsNullOrWhiteSpace(summary.GetString())) problems.Add($"{key}: summary");
        }
        problems.ShouldBeEmpty();
        operations.Select(o => o.Op.GetProperty("operationId").GetString()).GroupBy(id => id).Where(g => g.Count() > 1).Select(g => g.Key)
            .ShouldBeEmpty();
    }

    [Fact]
    public async Task Document_Should_DeclareSchemesAndPermissions_When_OperationNeedsThem()
    {
        var doc = await DocumentAsync();
        var schemes = doc.GetProperty("components").GetProperty("securitySchemes");
        schemes.GetProperty("bearer").GetProperty("scheme").GetString().ShouldBe("bearer");
        schemes.GetProperty("cookie").GetProperty("in").GetString().ShouldBe("cookie");

        var ops = Operations(doc).ToDictionary(o => o.Op.GetProperty("operationId").GetString()!, o => o.Op);
        // The token endpoint is anonymous: no security requirement, or a client could not get its first token.
        ops["Identity_CreateToken"].GetProperty("security").EnumerateArray().Single().EnumerateObject().ShouldBeEmpty();
        var users = ops["Identity_ListUsers"];
        users.GetProperty("security").EnumerateArray().SelectMany(r => r.EnumerateObject().Select(p => p.Name)).ShouldBe(["bearer", "cookie"]);
        users.GetProperty("x-permission")[0].GetString().ShouldBe("Identity.Users");
        users.GetProperty("description").GetString()!.ShouldContain("Identity.Users");
        users.GetProperty("responses").TryGetProperty("403", out _).ShouldBeTrue();
        var named = Operations(doc).Count(o => o.Op.TryGetProperty("x-permission", out _));
        named.ShouldBeGreaterThanOrEqualTo(125, "operations that name the permission their app service checks");

        // Strings and times pass through the Kernel's converters but are still typed for generated clients.
        var user = doc.GetProperty("components").GetProperty("schemas").GetProperty("UserDto").GetProperty("properties");
        user.GetProperty("userName").GetProperty("type").GetString().ShouldBe("string");
        user.GetProperty("email").GetProperty("type").EnumerateArray().Select(t => t.GetString()).ShouldBe(["null", "string"], ignoreOrder: true);
        user.GetProperty("lastLoginAt").GetProperty("format").GetString().ShouldBe("date-time");
    }

    [Fact]
    public async Task Document_Should_PassRedoclyLint_When_Linted()
    {
        var file = Path.Combine(Path.GetTempPath(), $"ektu-qa-openapi-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(file, (await DocumentAsync()).GetRawText());
        try
        {
            var (code, output) = await Tools.RunAsync(Tools.NodeBin("redocly"), ["lint", file, "--format=stylish"]);
            code.ShouldBe(0, output);
            output.ShouldContain("Your API description is valid", Case.Sensitive, output);
            output.ShouldNotContain(" error ", Case.Sensitive, output);
        }
        finally
        {
            File.Delete(file);
        }
    }

    internal static async Task<JsonElement> DocumentAsync()
    {
        await using var factory = await QaWebFactory.CreateAsync();
        return await factory.CreateClient().GetFromJsonAsync<JsonElement>("/openapi/v1.json");
    }

    private static IEnumerable<(string Key, JsonElement Op)> Operations(JsonElement doc) =>
        doc.GetProperty("paths").EnumerateObject().SelectMany(path => path.Value.EnumerateObject()
            .Where(m => Methods.Contains(m.Name)).Select(m => ($"{m.Name.ToUpperInvariant()} {path.Name}", m.Value)));

    [System.Text.RegularExpressions.GeneratedRegex("^[A-Z][A-Za-z]+_[A-Z][A-Za-z0-9]+$")]
    private static partial System.Text.RegularExpressions.Regex OperationId();
}
