using System.Net.Http.Json;
using System.Reflection;
using System.Text.Json;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.Kiota.Abstractions;
using Microsoft.Kiota.Abstractions.Authentication;
using Microsoft.Kiota.Http.HttpClientLibrary;

namespace Ektu.Qa.Host.Tests;

/// <summary>University IT generates a client from the API document: Kiota's C# client compiles and calls the API with a token.</summary>
public sealed class GeneratedClientTests
{
    [Fact]
    public async Task KiotaClient_Should_CompileAndCallApi_When_GeneratedFromDocument()
    {
        await using var factory = await QaWebFactory.CreateAsync();
        var token = await ApiClientTokenAsync(factory);
        var dir = Directory.CreateTempSubdirectory("ektu-qa-kiota-");
        try
        {
            var doc = Path.Combine(dir.FullName, "openapi.json");
            await File.WriteAllTextAsync(doc, await factory.CreateClient().GetStringAsync("/openapi/v1.json"));
            (await Tools.RunAsync("dotnet", ["tool", "restore"])).Code.ShouldBe(0);
            var watch = System.Diagnostics.Stopwatch.StartNew();
            var output = Path.Combine(dir.FullName, "client");
            var (code, log) = await Tools.RunAsync("dotnet",
                ["kiota", "generate", "-l", "CSharp", "-d", doc, "-o", output, "-c", "QaClient", "-n", "Ektu.Qa.Client",
                    "--exclude-backward-compatible"]);
            code.ShouldBe(0, log);

            var generated = watch.Elapsed;
            var client = Compile(Directory.GetFiles(output, "*.cs", SearchOption.AllDirectories)).GetType("Ektu.Qa.Client.QaClient")!;
            Console.WriteLine($"kiota generate {generated.TotalSeconds:0.0} s, compile {(watch.Elapsed - generated).TotalSeconds:0.0} s");
            var http = factory.CreateClient();
            var adapter = new HttpClientRequestAdapter(new BearerToken(token), httpClient: http)
            {
                BaseUrl = http.BaseAddress!.ToString().TrimEnd('/'),
            };
            dynamic api = Activator.CreateInstance(client, adapter)!;

            var users = await api.Api.Identity.Users.GetAsync();
            ((int)users.Total).ShouldBeGreaterThan(0);
            var first = users.Items[0];
            var one = await api.Api.Identity.Users[(Guid)first.Id].GetAsync();
            ((Guid)one.Id).ShouldBe((Guid)first.Id);
            ((string)one.UserName).ShouldBe((string)first.UserName);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    /// <summary>An API client of the quality officer, as the tests of the token endpoint register one.</summary>
    private static async Task<string> ApiClientTokenAsync(QaWebFactory factory)
    {
        var admin = await factory.SignInAsync("admin");
        var users = await admin.GetFromJsonAsync<JsonElement>("/api/identity/users?search=aqd");
        var aqd = users.GetProperty("items")[0].GetProperty("id").GetString();
        var body = new { clientId = "kiota", name = "Generated client", userId = aqd };
        var created = await (await admin.PostAsJsonAsync("/api/identity/api-clients", body)).Content.ReadFromJsonAsync<JsonElement>();
        var token = await (await factory.CreateClient().PostAsJsonAsync("/api/identity/token",
            new { clientId = "kiota", clientSecret = created.GetProperty("secret").GetString() })).Content.ReadFromJsonAsync<JsonElement>();
        return token.GetProperty("accessToken").GetString()!;
    }

    /// <summary>Compiles the generated sources in memory against this runtime and the Kiota libraries the test references.</summary>
    private static Assembly Compile(IEnumerable<string> files)
    {
        var trees = files.Select(f => CSharpSyntaxTree.ParseText(File.ReadAllText(f), path: f)).ToList();
        var platform = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator);
        var kiota = new[] { typeof(IRequestAdapter), typeof(HttpClientRequestAdapter), typeof(Microsoft.Kiota.Serialization.Json.JsonParseNode),
            typeof(Microsoft.Kiota.Serialization.Text.TextParseNode), typeof(Microsoft.Kiota.Serialization.Form.FormParseNode),
            typeof(Microsoft.Kiota.Serialization.Multipart.MultipartSerializationWriter) }.Select(t => t.Assembly.Location);
        var references = platform.Concat(kiota).Distinct().Select(p => MetadataReference.CreateFromFile(p));
        var compilation = CSharpCompilation.Create("Ektu.Qa.Client", trees, references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        using var ms = new MemoryStream();
        var result = compilation.Emit(ms);
        result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.ToString()).Take(20).ShouldBeEmpty();
        return Assembly.Load(ms.ToArray());
    }

    /// <summary>The API client's token on every request (the test server is plain http on localhost).</summary>
    private sealed class BearerToken(string token) : IAuthenticationProvider
    {
        public Task AuthenticateRequestAsync(RequestInformation request, Dictionary<string, object>? additionalAuthenticationContext = null,
            CancellationToken cancellationToken = default)
        {
            request.Headers.Add("Authorization", "Bearer " + token);
            return Task.CompletedTask;
        }
    }
}
