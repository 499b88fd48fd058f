namespace Ektu.Qa.ExternalAccreditation;

/// <summary>Lengths shared by validation and the DDL.</summary>
public static class ExternalAccreditationConsts
{
    public const int CodeMax = 30;
    public const int NameMax = 300;
    public const int CountryMax = 100;
    public const int LongTextMax = 4000;
    public const int TitleMax = 500;
    public const int TextMax = 1000;
    public const int ResponsibleMax = 300;
}
