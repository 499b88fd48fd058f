using Microsoft.Extensions.Configuration;

namespace Ektu.Qa.Kernel.Web;

/// <summary>The configurable part of the Content-Security-Policy: the portal origins that may embed the pages in a frame.</summary>
internal sealed class SecurityHeadersOptions
{
    public const string FrameAncestorsKey = "Security:FrameAncestors";

    private readonly string _frameAncestors;

    public SecurityHeadersOptions(IEnumerable<string> frameAncestors)
    {
        // An origin with a space or a semicolon would open the policy to other directives.
        var origins = frameAncestors.Where(o =>
            Uri.TryCreate(o, UriKind.Absolute, out var u) && u.Scheme is "https" or "http" && o.IndexOfAny([' ', ';', ',', '\'']) < 0)
            .Select(o => o.TrimEnd('/'));
        _frameAncestors = string.Join(' ', ["'self'", .. origins]);
    }

    public static SecurityHeadersOptions From(IConfiguration configuration) =>
        new(configuration.GetSection(FrameAncestorsKey).Get<string[]>() ?? []);

    /// <summary>
    /// Inline styles stay allowed: Bootstrap, Chart.js, bpmn-js and htmx set style attributes and elements, and a style
    /// cannot run code. Scripts are the part that matters: this origin only, or inline with the request's nonce.
    /// </summary>
    public string Policy(string nonce) =>
        $"default-src 'self'; script-src 'self' 'nonce-{nonce}'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; " +
        $"font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors {_frameAncestors}";
}
