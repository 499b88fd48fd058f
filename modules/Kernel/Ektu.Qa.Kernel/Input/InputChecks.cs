using Ektu.Qa.Kernel.Errors;

namespace Ektu.Qa.Kernel.Input;

/// <summary>The checks every entered value passes, wherever it is bound: API JSON, query strings, page forms.</summary>
public static class InputChecks
{
    /// <summary>The error code for a value a person may not enter, or null when it is acceptable.</summary>
    public static string? ErrorOf(object? value) => value switch
    {
        string s when InputText.HasControlCharacters(s) => ErrorCodes.ControlCharacters,
        DateOnly d when !DateWindow.Contains(d) => ErrorCodes.DateOutOfRange,
        DateTime t when !DateWindow.Contains(t) => ErrorCodes.DateOutOfRange,
        _ => null,
    };

    /// <summary>Whether values of <paramref name="type"/> are checked by <see cref="ErrorOf"/>.</summary>
    public static bool IsChecked(Type type) =>
        (Nullable.GetUnderlyingType(type) ?? type) is var t && (t == typeof(string) || t == typeof(DateOnly) || t == typeof(DateTime));
}
