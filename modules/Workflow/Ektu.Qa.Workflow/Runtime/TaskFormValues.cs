using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Ektu.Qa.Kernel.Errors;
using Ektu.Qa.Kernel.Input;
using Ektu.Qa.Workflow.Engine;

namespace Ektu.Qa.Workflow.Runtime;

/// <summary>
/// A task completion's values against the form the task declares: only declared fields and never a protected variable;
/// each value of its field's type (a JSON value of that type, or the text a form posts: "42", "true"/"on", "2026-03-11"),
/// an enum value among the declared ones, required fields present. Empty text is no value. Errors name the field
/// (<c>Values.&lt;id&gt;</c>), so a form shows them beside it and an API caller reads which one.
/// </summary>
internal static class TaskFormValues
{
    public static JsonObject Check(IReadOnlyList<FormFieldInfo> form, IReadOnlyCollection<string> protectedVariables, JsonObject? values)
    {
        var errors = new Dictionary<string, string[]>();
        var output = new JsonObject();
        foreach (var (key, value) in values ?? [])
        {
            var field = form.FirstOrDefault(f => string.Equals(f.Id, key, StringComparison.Ordinal));
            if (protectedVariables.Contains(key, StringComparer.Ordinal)) errors["Values." + key] = [WorkflowErrorCodes.ProtectedVariable];
            else if (field == null) errors["Values." + key] = [WorkflowErrorCodes.UndeclaredOutput];
            else if (!TryConvert(field, value, out var converted, out var error)) errors["Values." + key] = [error!];
            else if (converted != null) output[key] = converted;
        }
        foreach (var f in form.Where(f => f.Required && !output.ContainsKey(f.Id) && !errors.ContainsKey("Values." + f.Id)))
            errors["Values." + f.Id] = [ErrorCodes.Required];
        if (errors.Count > 0) throw new ValidationException(errors);
        return output;
    }

    private static bool TryConvert(FormFieldInfo field, JsonNode? value, out JsonNode? converted, out string? error)
    {
        converted = null;
        error = null;
        var kind = value?.GetValueKind() ?? JsonValueKind.Null;
        var text = kind == JsonValueKind.String ? value!.GetValue<string>().Trim() : null;
        if (kind == JsonValueKind.Null || text?.Length == 0) return true;
        switch (field.Type)
        {
            case "long":
                // A JSON number is read from its text: 7 is a long whether it came from a request body or a CLR int, 2.5 is not.
                var digits = kind == JsonValueKind.Number ? value!.ToJsonString() : text;
                if (digits != null && long.TryParse(digits, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number)) converted =
                    number;
                break;
            case "boolean":
                if (kind is JsonValueKind.True or JsonValueKind.False) converted = kind == JsonValueKind.True;
                else if (text is "true" or "on") converted = true;
                else if (text is "false") converted = false;
                break;
            case "date":
                if (text != null && DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
                {
                    if (!DateWindow.Contains(date)) return Fail(ErrorCodes.DateOutOfRange, out error);
                    converted = date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
                }
                break;
            case "enum":
                if (text != null && field.Options.Any(o => o.Id == text)) converted = text;
                break;
            default:
                if (text == null) break;
                if (text.Length > WorkflowConsts.CommentMax) return Fail(ErrorCodes.TooLong, out error);
                if (InputText.HasControlCharacters(text)) return Fail(ErrorCodes.ControlCharacters, out error);
                converted = text;
                break;
        }
        return converted != null || Fail(ErrorCodes.InvalidValue, out error);
    }

    private static bool Fail(string code, out string? error)
    {
        error = code;
        return false;
    }
}
