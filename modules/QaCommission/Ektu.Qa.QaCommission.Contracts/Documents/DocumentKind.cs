namespace Ektu.Qa.QaCommission.Documents;

/// <summary>What a document of the commission's archive is (004 §7.7: plans, reports, minutes, check-lists and other materials).</summary>
public enum DocumentKind
{
    /// <summary>The dean's order creating the commission (scan).</summary>
    Order,

    /// <summary>A meeting's material (agenda papers sent to members).</summary>
    Material,

    /// <summary>The minutes generated from the meeting record (Word, Kazakh or Russian).</summary>
    Minutes,

    /// <summary>The scan of the minutes signed by the chair and the secretary.</summary>
    SignedMinutes,

    /// <summary>A file attached as evidence of a decision's execution (decisions register).</summary>
    ExecutionEvidence,

    /// <summary>A semi-annual analytical report that was sent.</summary>
    Report,

    /// <summary>A document of the accreditation evidence library kept for the school (a link or archive reference).</summary>
    EvidenceDocument,
}
