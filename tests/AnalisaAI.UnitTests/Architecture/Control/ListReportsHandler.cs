using AnalisaAI.UnitTests.Architecture.Control.Features.Reports.GetReport;

namespace AnalisaAI.UnitTests.Architecture.Control.Features.Reports.ListReports;

/// <summary>A slice that uses a sibling slice's handler instead of its messages: forbidden.</summary>
public sealed class ListReportsHandler(GetReportHandler sibling)
{
    public GetReportHandler Sibling { get; } = sibling;
}
