namespace Ektu.Qa.InformationManagement.Indicators;

/// <summary>Where an indicator is measured: the university as a whole, each school, or each department running programmes.</summary>
public enum IndicatorLevel
{
    University,
    School,
    Programme,
}
