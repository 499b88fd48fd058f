namespace Ektu.Qa.QaCommission.Plans;

/// <summary>A monitoring event naming its programme by free text only, with its commission's school.</summary>
internal sealed record UnlinkedEvent(Guid Id, string Programme, Guid SchoolUnitId);
