namespace Ektu.Qa.Kernel.Errors;

/// <summary>Collects field errors and throws one <see cref="ValidationException"/> with all of them.</summary>
public sealed class Check
{
    private readonly Dictionary<string, List<string>> _errors = [];

    public Check Required(string field, string? value, int maxLength)
    {
        if (string.IsNullOrWhiteSpace(value)) Add(field, ErrorCodes.Required);
        else if (value.Length > maxLength) Add(field, ErrorCodes.TooLong);
        return this;
    }

    public Check Optional(string field, string? value, int maxLength)
    {
        if (value != null && value.Length > maxLength) Add(field, ErrorCodes.TooLong);
        return this;
    }

    public Check That(bool condition, string field, string code)
    {
        if (!condition) Add(field, code);
        return this;
    }

    public Check Add(string field, string code)
    {
        if (!_errors.TryGetValue(field, out var list)) _errors[field] = list = [];
        list.Add(code);
        return this;
    }

    public void ThrowIfAny()
    {
        if (_errors.Count > 0) throw new ValidationException(_errors.ToDictionary(e => e.Key, e => e.Value.ToArray()));
    }
}
