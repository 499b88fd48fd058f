namespace Ektu.Qa.ExternalAccreditation.Accreditations;

/// <summary>
/// Where an accreditation stands today. A valid accreditation with a renewal procedure open is
/// <see cref="RenewalInProgress"/> (one state, not a conflict); one replaced by its decided renewal is <see cref="Superseded"/>.
/// </summary>
public enum AccreditationStatus
{
    InProcedure,
    NotYetValid,
    Valid,
    Expiring,
    RenewalInProgress,
    Expired,
    Superseded,
    Denied,
}
