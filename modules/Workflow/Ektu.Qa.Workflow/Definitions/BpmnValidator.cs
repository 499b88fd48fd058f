using Ektu.Qa.Kernel.Errors;
using Ektu.Qa.Workflow.Engine;
using Microsoft.Extensions.Localization;

namespace Ektu.Qa.Workflow.Definitions;

/// <summary>
/// Server-side check of a diagram with the engine's own parser: what it refuses never gets stored, so nothing outside
/// the subset can fail at run time. Problems come back keyed by element id, in the caller's language.
/// </summary>
internal sealed class BpmnValidator(IStringLocalizer l)
{
    public ProcessModel Validate(byte[] bpmn)
    {
        if (bpmn.Length == 0) throw ValidationException.For("Xml", ErrorCodes.Required);
        if (bpmn.Length > WorkflowConsts.MaxBpmnBytes) throw ValidationException.For("Xml", WorkflowErrorCodes.InvalidBpmn + ".TooLarge");
        var parsed = BpmnParser.Parse(bpmn);
        if (parsed.Model != null && parsed.Problems.Count == 0)
        {
            if (BpmnMarkup.FindForeign(bpmn) is not { } foreign) return parsed.Model;
            throw new ValidationException(new Dictionary<string, string[]> { ["Xml"] = [Describe(new BpmnProblem(null, "ForeignMarkup", foreign))] });
        }
        throw new ValidationException(parsed.Problems
            .GroupBy(p => string.IsNullOrEmpty(p.ElementId) ? "Xml" : p.ElementId!)
            .ToDictionary(g => g.Key, g => g.Select(Describe).ToArray()));
    }

    /// <summary>
    /// The localized text of the problem's code followed by the engine's own detail (which names the element type); XML that
    /// does not parse has only the XML reader's English exception text as detail, which a person should not read.
    /// </summary>
    private string Describe(BpmnProblem p)
    {
        var text = l[WorkflowErrorCodes.InvalidBpmn + "." + p.Code];
        return text.ResourceNotFound ? p.Message : p.Code == "XmlMalformed" ? text.Value : $"{text.Value} {p.Message}";
    }
}
