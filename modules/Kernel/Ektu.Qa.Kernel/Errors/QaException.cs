namespace Ektu.Qa.Kernel.Errors;

/// <summary>
/// A business error with a stable code (a localization key such as "QualityPolicy:DocumentNotDraft")
/// and an HTTP status; the message shown is the code's text in the caller's language.
/// </summary>
public class QaException(string code, int status = 400, params object[] args) : Exception(code)
{
    /// <summary>Stable error code, also the localization key.</summary>
    public string Code { get; } = code;

    public int Status { get; } = status;

    /// <summary>Format arguments for the localized message.</summary>
    public object[] Args { get; } = args;
}
