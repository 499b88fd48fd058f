namespace Ektu.Qa.Reporting.Definitions;

/// <summary>Registered by a module (singleton) to contribute its reports to the catalogue.</summary>
public interface IReportDefinitionProvider
{
    IEnumerable<ReportDefinition> GetDefinitions();
}
