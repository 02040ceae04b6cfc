using System.Diagnostics.Tracing;
using Microsoft.Diagnostics.NETCore.Client;

namespace AnalisaAI.Soak;

/// <summary>
/// Makes another .NET process run a full, blocking garbage collection, as dotnet-gcdump does: an EventPipe session
/// that enables the runtime provider's GCHeapCollect keyword. Right after it, the heap the runtime meter reports is
/// the live heap (what GC.GetTotalMemory(true) would say inside), without the dead objects a lazy gen2 still holds.
/// </summary>
public static class InducedCollection
{
    private const string RuntimeProvider = "Microsoft-Windows-DotNETRuntime";
    private const long GcHeapCollectKeyword = 0x800000;

    public static async Task RunAsync(int processId, CancellationToken cancellationToken)
    {
        var client = new DiagnosticsClient(processId);
        using var session = await client.StartEventPipeSessionAsync(
            [new EventPipeProvider(RuntimeProvider, EventLevel.Informational, GcHeapCollectKeyword)],
            requestRundown: false, circularBufferMB: 16, cancellationToken);
        var drain = session.EventStream.CopyToAsync(Stream.Null, cancellationToken);
        // The runtime collects when the session starts; a second is ample on a busy machine.
        await Task.Delay(TimeSpan.FromSeconds(1), cancellationToken);
        await session.StopAsync(cancellationToken);
        await drain;
    }
}
