namespace Ektu.Qa.Kernel.Errors;

/// <summary>Invalid input; <see cref="Errors"/> maps a field name to localization keys of its errors.</summary>
public sealed class ValidationException(IReadOnlyDictionary<string, string[]> errors)
    : QaException(ErrorCodes.Validation, 400)
{
    public IReadOnlyDictionary<string, string[]> Errors { get; } = errors;

    public static ValidationException For(string field, string code) => new(new Dictionary<string, string[]> { [field] = [code] });
}
