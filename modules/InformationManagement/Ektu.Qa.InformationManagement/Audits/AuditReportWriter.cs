using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Ektu.Qa.Kernel.Export;
using Ektu.Qa.Kernel.Localization;
using Microsoft.Extensions.Localization;

namespace Ektu.Qa.InformationManagement.Audits;

/// <summary>
/// The internal audit report as a Word document in the reader's language: the audit (unit, period, criteria, auditors),
/// the checklist with answers and evidence, and the findings by class with the CAPA item raised from each nonconformity.
/// </summary>
internal sealed class AuditReportWriter(IStringLocalizer l)
{
    private const int Size = 24;

    public void Write(AuditDetailsDto d, Stream output)
    {
        var a = d.Audit;
        string T(string key) => l["InformationManagement:Audits." + key].Value;
        using var doc = WordprocessingDocument.Create(output, WordprocessingDocumentType.Document, true);
        var main = doc.AddMainDocumentPart();
        var body = new Body();
        main.Document = new Document(body);

        body.Append(Para(T("Report.Title"), bold: true, center: true, size: 28));
        body.Append(Para(a.Title, bold: true, center: true));
        body.Append(Para(T("Kind") + ": " + l.Enum(a.Kind)));
        body.Append(Para(T("Unit") + ": " + a.UnitName));
        body.Append(Para(T("Period") + ": " + a.StartsOn.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture) + " — "
            + a.EndsOn.ToString("dd.MM.yyyy", CultureInfo.InvariantCulture)));
        if (a.Criteria != null) body.Append(Para(T("Criteria") + ": " + a.Criteria));
        body.Append(Para(T("LeadAuditor") + ": " + a.LeadAuditorName));
        if (a.TeamNames.Count > 0) body.Append(Para(T("Team") + ": " + string.Join(", ", a.TeamNames)));
        body.Append(Para(T("State") + ": " + l.Enum(a.State)));

        body.Append(Para(T("Checklist"), bold: true));
        var checklist = new List<string[]> { new[] { "№", T("Question"), T("Answer"), T("Evidence") } };
        checklist.AddRange(d.Checklist.Select(q =>
            new[] { q.Seq.ToString(CultureInfo.InvariantCulture), q.Question, q.Answer ?? "", q.Evidence ?? "" }));
        body.Append(d.Checklist.Count == 0 ? Para(T("Report.NoQuestions"), italic: true) : WordTable.Build(checklist, landscape: false, size: 22));

        body.Append(Para(T("Findings"), bold: true));
        foreach (var cls in Enum.GetValues<FindingClass>())
            body.Append(Para(l.Enum(cls) + ": " + d.Findings.Count(f => f.Class == cls).ToString(CultureInfo.InvariantCulture)));
        var findings = new List<string[]> { new[] { "№", T("Class"), T("Finding"), T("Requirement"), T("Capa") } };
        findings.AddRange(d.Findings.Select(f => new[]
        {
            f.Seq.ToString(CultureInfo.InvariantCulture), l.Enum(f.Class), f.Text, f.Requirement ?? "",
            f.Class != FindingClass.Nonconformity ? "" : f.CapaItemId == null ? T("CapaNotRaised") : T("CapaRaised"),
        }));
        body.Append(d.Findings.Count == 0 ? Para(T("Report.NoFindings"), italic: true) : WordTable.Build(findings, landscape: false, size: 22));

        body.Append(Para(""));
        body.Append(Para(T("LeadAuditor") + ": ____________ " + a.LeadAuditorName));
        body.Append(WordTable.Section(landscape: false));
        main.Document.Save();
    }

    private static Paragraph Para(string text, bool bold = false, bool italic = false, bool center = false, int size = Size)
    {
        var p = WordTable.Line(text, bold, size, italic);
        if (center) p.PrependChild(new ParagraphProperties(new Justification { Val = JustificationValues.Center }));
        return p;
    }
}
