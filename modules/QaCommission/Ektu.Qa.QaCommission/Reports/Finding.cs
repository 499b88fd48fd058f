namespace Ektu.Qa.QaCommission.Reports;

/// <summary>A strength or a risk found by <see cref="SemiAnnualRules"/>; <see cref="Value"/> fills the text's {0}.</summary>
internal sealed record Finding(bool IsRisk, string Code, int Value)
{
    public string TextKey => (IsRisk ? "QaCommission:Report.Risk." : "QaCommission:Report.Strength.") + Code;

    /// <summary>Every risk comes with a proposed corrective action (the CAPA proposal of the report).</summary>
    public string ProposalKey => "QaCommission:Report.Proposal." + Code;
}
