using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Ektu.Qa.Kernel.Export;
using Ektu.Qa.Kernel.Localization;
using Microsoft.Extensions.Localization;

namespace Ektu.Qa.ExternalAccreditation.SelfAssessment;

/// <summary>
/// The self-assessment report as a Word document in the reader's language: the report's particulars, a summary of every
/// criterion's completeness, then per standard each criterion's narrative and its evidence (stale documents marked).
/// A narrative missing in the reader's language falls back to Russian, Kazakh, then English, so no answer is lost.
/// </summary>
internal sealed class SelfAssessmentWriter(IStringLocalizer l)
{
    private const int TableSize = 20;

    public void Write(SelfAssessmentDetailsDto d, Stream output)
    {
        string T(string key) => l["ExternalAccreditation:SelfAssessment." + key];
        var sa = d.SelfAssessment;
        var inv = CultureInfo.InvariantCulture;
        using var doc = WordprocessingDocument.Create(output, DocumentFormat.OpenXml.WordprocessingDocumentType.Document, true);
        var main = doc.AddMainDocumentPart();
        var body = new Body();
        main.Document = new Document(body);

        body.Append(WordText.Heading(T("Report") + " — " + sa.AgencyCode, 1));
        body.Append(WordText.Centered(sa.Title, bold: true));
        body.Append(WordText.Label(T("Unit"), sa.UnitName));
        if (sa.ProgrammeName != null) body.Append(WordText.Label(T("Programme"), sa.ProgrammeName));
        body.Append(WordText.Label(T("Period"), sa.Period));
        body.Append(WordText.Label(T("Progress"), sa.Complete.ToString(inv) + " / " + sa.Criteria.ToString(inv) + " ("
            + sa.Percent.ToString(inv) + " %)"));

        body.Append(WordText.Heading(T("Summary"), 3));
        var summary = new List<string[]> { new[] { T("Standard"), T("Criterion"), T("Completeness"), T("Evidence") } };
        summary.AddRange(d.Criteria.Select(c => new[]
        {
            c.StandardCode, c.Code + " " + c.Title, l.Enum(c.Completeness), c.Evidence.Count.ToString(inv),
        }));
        body.Append(WordTable.Build(summary, landscape: false, size: TableSize));

        foreach (var standard in d.Criteria.GroupBy(c => (c.StandardCode, c.StandardTitle, c.EsgStandard)))
        {
            body.Append(WordText.Heading(T("Standard") + " " + standard.Key.StandardCode + ". " + standard.Key.StandardTitle
                + " (ESG " + standard.Key.EsgStandard.ToString(inv) + ")", 2));
            foreach (var c in standard)
            {
                body.Append(WordText.Heading(c.Code + " " + c.Title, 3));
                var narrative = Narrative(c);
                if (narrative == null) body.Append(WordText.Text(T("NoNarrative"), italic: true));
                else body.Append(WordText.Lines(narrative));
                if (c.Evidence.Count == 0)
                {
                    body.Append(WordText.Text(T("NoEvidence"), italic: true));
                    continue;
                }
                var rows = new List<string[]> { new[] { "№", T("Document"), T("Period"), T("DocumentDate"), T("Location") } };
                var i = 0;
                rows.AddRange(c.Evidence.Select(e => new[]
                {
                    (++i).ToString(inv), e.Title + (e.IsStale ? " (" + T("Stale") + ")" : ""), e.Period, e.DocumentDate.ToString("dd.MM.yyyy", inv),
                    e.Location,
                }));
                body.Append(WordTable.Build(rows, landscape: false, size: TableSize));
            }
        }
        body.Append(WordTable.Section(landscape: false));
        main.Document.Save();
    }

    private static string? Narrative(SaCriterionStateDto c)
    {
        var first = LocalizationStore.CurrentLanguage() switch { "kk" => c.NarrativeKk, "ru" => c.NarrativeRu, _ => c.NarrativeEn };
        return new[] { first, c.NarrativeRu, c.NarrativeKk, c.NarrativeEn }.FirstOrDefault(t => !string.IsNullOrWhiteSpace(t));
    }
}
