using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Ektu.Qa.Host.Tests;

/// <summary>
/// The corpus of malformed requests for one operation of the OpenAPI document: bad, truncated and deeply nested JSON, wrong
/// types, invalid GUID / enum / date values and numbers out of range in the body and the query, control characters, dates at
/// both ends of the calendar, paging out of range, empty or mistyped bodies,
/// unknown ids and ids that are not GUIDs in the path, and a body over the limit where files are sent.
/// </summary>
internal sealed class MalformedRequests(JsonElement document)
{
    /// <summary>31 MB: over the host's 30,000,000-byte body limit, under anything a test client refuses to send.</summary>
    private static readonly byte[] Oversized = new byte[31_000_000];

    public sealed record Probe(string Name, HttpMethod Method, string Url, Func<HttpContent?> Content)
    {
        public HttpRequestMessage Build() => new(Method, Url) { Content = Content() };

        public override string ToString() => $"{Method} {Url} [{Name}]";
    }

    public IEnumerable<(string Path, string Method, JsonElement Operation)> Operations()
    {
        foreach (var path in document.GetProperty("paths").EnumerateObject())
            foreach (var op in path.Value.EnumerateObject())
                if (op.Name is "get" or "post" or "put" or "delete" or "patch")
                    yield return (path.Name, op.Name.ToUpperInvariant(), op.Value);
    }

    public IEnumerable<Probe> For(string path, string method, JsonElement operation)
    {
        var m = new HttpMethod(method);
        var parameters = operation.TryGetProperty("parameters", out var ps) ? ps.EnumerateArray().ToList() : [];
        var query = parameters.Where(p => p.GetProperty("in").GetString() == "query").ToList();
        var schema = JsonBodySchema(operation);
        var body = schema ?? default;
        var known = Fill(path, _ => Guid.NewGuid().ToString());

        // Valid query values (so a probe fails on what it changes, not on a missing value), then each one spoiled in turn.
        var goodQuery = query.ToDictionary(p => p.GetProperty("name").GetString()!, p => GoodValue(Resolve(p.GetProperty("schema"))));
        yield return new Probe("unknown ids", m, known + Query(goodQuery), () => Json(schema == null ? "{}" : Good(body)));
        yield return new Probe("path ids not GUIDs", m, Fill(path, _ => "not-a-guid") + Query(goodQuery), () => Json("{}"));
        yield return new Probe("query values missing", m, known, () => Json(schema == null ? "{}" : Good(body)));
        foreach (var p in query)
        {
            var name = p.GetProperty("name").GetString()!;
            foreach (var bad in BadValues(Resolve(p.GetProperty("schema"))))
                yield return new Probe($"query {name}={bad}", m, known + Query(new(goodQuery) { [name] = bad }), () => Json("{}"));
        }
        foreach (var paging in new[] { "page=abc", "page=99999999999", "page=-1&pageSize=0", "pageSize=99999999999", "page=2147483647&pageSize=500" })
            yield return new Probe("paging " + paging, m, known + "?" + paging, () => null);
        if (method is "GET" or "DELETE") yield break;

        yield return new Probe("truncated JSON", m, known, () => Json("{\"title\": \"x\", \"version\": "));
        yield return new Probe("invalid JSON", m, known, () => Json("{title: 'x',,}"));
        yield return new Probe("JSON array instead of object", m, known, () => Json("[1, 2, 3]"));
        yield return new Probe("JSON null", m, known, () => Json("null"));
        yield return new Probe("empty JSON body", m, known, () => Json(""));
        yield return new Probe("no body, no content type", m, known, () => null);
        yield return new Probe("text/plain body", m, known, () => new StringContent("hello", Encoding.UTF8, "text/plain"));
        yield return new Probe("form body where JSON is expected", m, known, () => new FormUrlEncodedContent([new("version", "abc")]));
        if (schema != null)
        {
            yield return new Probe("wrong types", m, known, () => Json(Spoiled(body, WrongType)));
            yield return new Probe("invalid GUID/enum/date/number", m, known, () => Json(Spoiled(body, Invalid)));
            yield return new Probe("dates out of the window, control characters", m, known, () => Json(Spoiled(body, OutOfWindow)));
            yield return new Probe("other end of the window, numbers out of range, undefined enum number", m, known,
                () => Json(Spoiled(body, OutOfRange)));
            yield return new Probe("nulls everywhere", m, known, () => Json(Spoiled(body, _ => null)));
            yield return new Probe("JSON nested 1,000 deep", m, known, () => Json(new string('[', 1000) + new string(']', 1000)));
            yield return new Probe("object nested 1,000 deep", m, known,
                () => Json(string.Concat(Enumerable.Repeat("{\"a\":", 1000)) + "1" + new string('}', 1000)));
            yield return new Probe("empty GUIDs in the path, empty object", m, Fill(path, _ => Guid.Empty.ToString()), () => Json("{}"));
        }
        if (schema == null || path.Contains("import", StringComparison.OrdinalIgnoreCase)
            || path.Contains("upload", StringComparison.OrdinalIgnoreCase))
        {
            // Endpoints that read files (multipart, read by hand, so the document shows no JSON body) and imports.
            yield return new Probe("31 MB body", m, known, () => new ByteArrayContent(Oversized)
            {
                Headers = { ContentType = new MediaTypeHeaderValue("application/octet-stream") },
            });
            yield return new Probe("31 MB multipart", m, known, () => new MultipartFormDataContent
            {
                { new StringContent("1"), "version" },
                { new ByteArrayContent(Oversized), "file", "big.docx" },
            });
            yield return new Probe("multipart without a file, bad version", m, known,
                () => new MultipartFormDataContent { { new StringContent("abc"), "version" } });
            yield return new Probe("truncated multipart", m, known, () =>
            {
                var c = new StringContent("--x\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.docx\"\r\n\r\nPK", Encoding.UTF8);
                c.Headers.ContentType = MediaTypeHeaderValue.Parse("multipart/form-data; boundary=x");
                return c;
            });
        }
    }

    private static StringContent Json(string text) => new(text, Encoding.UTF8, "application/json");

    private static string Fill(string path, Func<string, string> value) =>
        System.Text.RegularExpressions.Regex.Replace(path, @"\{([^}:]+)(:[^}]*)?\}", x => value(x.Groups[1].Value));

    private static string Query(Dictionary<string, string?> values)
    {
        var parts = values.Where(v => v.Value != null).Select(v => Uri.EscapeDataString(v.Key) + "=" + Uri.EscapeDataString(v.Value!)).ToList();
        return parts.Count == 0 ? "" : "?" + string.Join('&', parts);
    }

    private JsonElement? JsonBodySchema(JsonElement operation)
    {
        if (!operation.TryGetProperty("requestBody", out var rb) || !rb.TryGetProperty("content", out var content)) return null;
        foreach (var c in content.EnumerateObject())
            if (c.Name.Contains("json", StringComparison.Ordinal) && c.Value.TryGetProperty("schema", out var s)) return Resolve(s);
        return null;
    }

    private JsonElement Resolve(JsonElement schema)
    {
        for (var i = 0; i < 10 && schema.ValueKind == JsonValueKind.Object && schema.TryGetProperty("$ref", out var r); i++)
        {
            var node = document;
            foreach (var part in r.GetString()!.TrimStart('#', '/').Split('/')) node = node.GetProperty(part);
            schema = node;
        }
        // OpenAPI 3.1 nullables: oneOf / anyOf [null, X] — take X.
        foreach (var key in new[] { "oneOf", "anyOf", "allOf" })
            if (schema.ValueKind == JsonValueKind.Object && schema.TryGetProperty(key, out var alts))
                foreach (var alt in alts.EnumerateArray())
                    if (Type(Resolve(alt)) != "null") return Resolve(alt);
        return schema;
    }

    private static string Type(JsonElement schema)
    {
        if (schema.ValueKind != JsonValueKind.Object) return "";
        if (schema.TryGetProperty("enum", out _)) return "enum";
        if (!schema.TryGetProperty("type", out var t)) return schema.TryGetProperty("properties", out _) ? "object" : "";
        var type = t.ValueKind == JsonValueKind.Array
            ? t.EnumerateArray().Select(x => x.GetString()).FirstOrDefault(x => x != "null")
            : t.GetString();
        var format = schema.TryGetProperty("format", out var f) ? f.GetString() : null;
        return type == "string" && format is "uuid" or "date" or "date-time" ? format! : type ?? "";
    }

    private static string? GoodValue(JsonElement schema) => Type(schema) switch
    {
        "integer" or "number" => "1",
        "boolean" => "true",
        "uuid" => Guid.NewGuid().ToString(),
        "date" => "2025-01-15",
        "date-time" => "2025-01-15T10:00:00Z",
        "enum" => schema.GetProperty("enum").EnumerateArray().Select(e => e.ToString()).FirstOrDefault(),
        _ => "x",
    };

    private static IEnumerable<string> BadValues(JsonElement schema) => Type(schema) switch
    {
        "integer" or "number" => ["abc", "99999999999", "1.5", ""],
        "boolean" => ["maybe"],
        "uuid" => ["not-a-guid", "00000000-0000-0000-0000-00000000000"],
        "date" => ["2024-02-30", "9999-12-31", "0001-01-01", "yesterday"],
        "date-time" => ["2024-02-30T00:00:00", "9999-12-31T23:59:59", "yesterday"],
        "enum" => ["NoSuchValue", "999"],
        _ => ["a\u0001b", new string('x', 5000)],
    };

    private string Good(JsonElement schema) => Spoiled(schema, s => Type(s) switch
    {
        "integer" or "number" => JsonValue.Create(1),
        "boolean" => JsonValue.Create(true),
        "array" => new JsonArray(),
        "object" => new JsonObject(),
        _ => JsonValue.Create(GoodValue(s)),
    });

    private static JsonNode? WrongType(JsonElement s) => Type(s) switch
    {
        "integer" or "number" or "boolean" => JsonValue.Create("abc"),
        "array" => new JsonObject { ["x"] = 1 },
        "object" => JsonValue.Create(42),
        _ => new JsonArray(1, 2),
    };

    private static JsonNode? Invalid(JsonElement s) => Type(s) switch
    {
        "integer" => JsonValue.Create(99999999999L),
        "number" => JsonValue.Create("NaN"),
        "uuid" => JsonValue.Create("not-a-guid"),
        "date" => JsonValue.Create("2024-02-30"),
        "date-time" => JsonValue.Create("2024-13-45T99:00:00"),
        "enum" => JsonValue.Create("NoSuchValue"),
        "array" => new JsonArray(JsonValue.Create("not-a-guid"), null),
        _ => JsonValue.Create(""),
    };

    private static JsonNode? OutOfWindow(JsonElement s) => Type(s) switch
    {
        "date" => JsonValue.Create("9999-12-31"),
        "date-time" => JsonValue.Create("0001-01-01T00:00:00Z"),
        "integer" => JsonValue.Create(-2147483648),
        "string" => JsonValue.Create("a\u0000b\u001Fc"),
        "array" => new JsonArray(),
        _ => JsonValue.Create(1),
    };

    /// <summary>
    /// The bounds <see cref="OutOfWindow"/> does not try, numbers no column holds (raw literals, since a JsonNode cannot carry
    /// 1e400), an enum's undefined number, control characters that are not ASCII (bidi override) and a 100,000-character text.
    /// </summary>
    private static JsonNode? OutOfRange(JsonElement s) => Type(s) switch
    {
        "date" => JsonValue.Create("0001-01-01"),
        "date-time" => JsonValue.Create("9999-12-31T23:59:59Z"),
        "integer" => JsonNode.Parse("1e30"),
        "number" => JsonNode.Parse("1e400"),
        "enum" => JsonValue.Create(999),
        "string" => JsonValue.Create("\u202E" + new string('x', 100_000)),
        "uuid" => JsonValue.Create(Guid.Empty),
        _ => null,
    };

    /// <summary>The body schema's object with every property set by <paramref name="value"/> (one level deep).</summary>
    private string Spoiled(JsonElement schema, Func<JsonElement, JsonNode?> value)
    {
        if (Type(schema) != "object" || !schema.TryGetProperty("properties", out var props)) return value(schema)?.ToJsonString() ?? "null";
        var o = new JsonObject();
        foreach (var p in props.EnumerateObject()) o[p.Name] = value(Resolve(p.Value));
        return o.ToJsonString();
    }
}
