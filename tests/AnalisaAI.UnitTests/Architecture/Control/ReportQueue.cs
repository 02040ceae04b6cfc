using AnalisaAI.Api.Features;
using AnalisaAI.UnitTests.Architecture.Control.Features.Reports.Queue;

[assembly: FeatureFolder(typeof(ReportQueue))]

namespace AnalisaAI.UnitTests.Architecture.Control.Features.Reports.Queue;

/// <summary>The control's feature folder: workflow code that the Reports slices share.</summary>
public sealed class ReportQueue
{
    public int Length { get; set; }
}
