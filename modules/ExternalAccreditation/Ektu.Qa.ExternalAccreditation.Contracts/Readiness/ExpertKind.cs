namespace Ektu.Qa.ExternalAccreditation.Readiness;

/// <summary>Who made a recommendation: external experts (accreditation agency) or internal ones (internal audit, АСБ).</summary>
public enum ExpertKind
{
    External,
    Internal,
}
