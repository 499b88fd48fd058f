namespace Ektu.Qa.QaCommission.Meetings;

/// <summary>The language the minutes (хаттама) are written in.</summary>
public enum MinutesLanguage
{
    Kk,
    Ru,
}
