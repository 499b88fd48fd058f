using System.Text.Json;
using System.Text.RegularExpressions;
using Ektu.Qa.Kernel.Errors;
using Microsoft.AspNetCore.Http;

namespace Ektu.Qa.Kernel.Web.Input;

/// <summary>
/// What a request the framework could not bind (bad JSON, wrong types, a value that does not parse, a missing body,
/// a wrong content type, a body over the limit) means for the caller: a 4xx status, a stable code and, when the
/// failing field is known, field errors — instead of the 500 an unhandled <see cref="BadHttpRequestException"/> gives.
/// </summary>
internal static partial class BadInputProblem
{
    public sealed record Result(int Status, string Code, IReadOnlyDictionary<string, string> Errors);

    public static Result Describe(BadHttpRequestException e)
    {
        var status = e.StatusCode is >= 400 and < 500 ? e.StatusCode : StatusCodes.Status400BadRequest;
        var code = status switch
        {
            StatusCodes.Status413PayloadTooLarge => ErrorCodes.PayloadTooLarge,
            StatusCodes.Status415UnsupportedMediaType => ErrorCodes.UnsupportedMediaType,
            _ => ErrorCodes.BadRequest,
        };
        var errors = new Dictionary<string, string>();
        if (Find<JsonException>(e) is { } json)
        {
            errors[FieldOf(json.Path)] = json is InputRejectedJsonException r ? r.Code : ErrorCodes.InvalidValue;
        }
        else if (Parameter().Match(e.Message) is { Success: true } m)
        {
            // Minimal APIs name the parameter only in the message; its wording is stable across .NET versions.
            errors[m.Groups["name"].Value] = m.Groups["missing"].Success ? ErrorCodes.Required : ErrorCodes.InvalidValue;
        }
        return new Result(status, code, errors);
    }

    /// <summary>"$.items[0].title" → "Items[0].Title", the way app services name fields; the whole body is "".</summary>
    internal static string FieldOf(string? path)
    {
        if (string.IsNullOrEmpty(path) || path == "$") return "";
        var parts = path.TrimStart('$').TrimStart('.').Split('.');
        return string.Join('.', parts.Select(p => p.Length == 0 ? p : char.ToUpperInvariant(p[0]) + p[1..]));
    }

    private static T? Find<T>(Exception? e) where T : Exception
    {
        for (; e != null; e = e.InnerException) if (e is T t) return t;
        return null;
    }

    [GeneratedRegex(@"(?:Failed to bind parameter|(?<missing>Required parameter)) ""[^""]*? (?<name>\w+)""")]
    private static partial Regex Parameter();
}
