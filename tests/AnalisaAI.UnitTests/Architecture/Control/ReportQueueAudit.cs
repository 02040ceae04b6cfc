using AnalisaAI.UnitTests.Architecture.Control.Features.Reports.ListReports;

namespace AnalisaAI.UnitTests.Architecture.Control.Features.Reports.Queue;

/// <summary>A feature folder's file that uses a slice's handler: forbidden.</summary>
public sealed class ReportQueueAudit(ListReportsHandler handler)
{
    public ListReportsHandler Handler { get; } = handler;
}
