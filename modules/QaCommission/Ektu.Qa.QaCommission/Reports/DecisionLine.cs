using Ektu.Qa.QaCommission.Register;

namespace Ektu.Qa.QaCommission.Reports;

/// <summary>A register entry of the period with its status as of the report date ("Executed", "InProgress", "Overdue", "Open").</summary>
internal sealed record DecisionLine(RegisterEntryDto Entry, string Status, int Evidence);
