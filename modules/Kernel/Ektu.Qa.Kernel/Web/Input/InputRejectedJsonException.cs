using System.Text.Json;

namespace Ektu.Qa.Kernel.Web.Input;

/// <summary>
/// A JSON value that parsed but is refused as input (control characters, a date outside the window). System.Text.Json
/// rethrows it with the value's path, so the exception handler can name the field and say why in the caller's language.
/// </summary>
internal sealed class InputRejectedJsonException(string code) : JsonException(code)
{
    /// <summary>Error code, also the localization key.</summary>
    public string Code { get; } = code;
}
