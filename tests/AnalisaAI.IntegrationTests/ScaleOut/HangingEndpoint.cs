using System.Net;
using System.Net.Sockets;

namespace AnalisaAI.IntegrationTests.ScaleOut;

/// <summary>
/// A social-data API that accepts connections and never answers: an instance whose profile stage calls it
/// holds its jobs in flight until the test kills it. Counts the connections, so a test knows they are held.
/// </summary>
public sealed class HangingEndpoint : IDisposable
{
    private readonly TcpListener listener = new(IPAddress.Loopback, 0);
    private readonly List<TcpClient> held = [];
    private readonly CancellationTokenSource stopping = new();

    public HangingEndpoint()
    {
        listener.Start();
        _ = AcceptAsync();
    }

    public string BaseUrl => $"http://127.0.0.1:{((IPEndPoint)listener.LocalEndpoint).Port}/";

    public int Connections
    {
        get
        {
            lock (held)
            {
                return held.Count;
            }
        }
    }

    private async Task AcceptAsync()
    {
        try
        {
            while (true)
            {
                var client = await listener.AcceptTcpClientAsync(stopping.Token);
                lock (held)
                {
                    held.Add(client);
                }
            }
        }
        catch (OperationCanceledException)
        {
        }
        catch (ObjectDisposedException)
        {
        }
    }

    public void Dispose()
    {
        stopping.Cancel();
        listener.Stop();
        lock (held)
        {
            held.ForEach(client => client.Dispose());
        }

        stopping.Dispose();
    }
}
