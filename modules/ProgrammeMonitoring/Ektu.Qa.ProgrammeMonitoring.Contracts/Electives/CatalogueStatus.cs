namespace Ektu.Qa.ProgrammeMonitoring.Electives;

/// <summary>A year's elective catalogue is drafted with departments and employers, then published (and frozen).</summary>
public enum CatalogueStatus
{
    Draft,
    Published,
}
