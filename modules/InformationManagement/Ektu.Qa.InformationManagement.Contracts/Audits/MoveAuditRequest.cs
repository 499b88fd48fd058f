namespace Ektu.Qa.InformationManagement.Audits;

/// <summary>The state an audit moves to and the version read.</summary>
public sealed record MoveAuditRequest(AuditState To, int Version);
