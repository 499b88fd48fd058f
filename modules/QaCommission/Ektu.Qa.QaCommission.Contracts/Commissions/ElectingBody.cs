namespace Ektu.Qa.QaCommission.Commissions;

/// <summary>Who voted: the School Council elects the chair, the commission's members elect the deputy and the secretary.</summary>
public enum ElectingBody
{
    SchoolCouncil,
    Commission,
}
