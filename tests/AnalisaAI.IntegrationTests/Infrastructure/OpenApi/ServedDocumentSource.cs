namespace AnalisaAI.IntegrationTests.Infrastructure.OpenApi;

/// <summary>
/// The app's served document, fetched once on first need through a client that does not validate. A failed fetch
/// (an app process not listening yet) is not kept: the next response tries again.
/// </summary>
public sealed class ServedDocumentSource(Func<HttpClient> unvalidatedClient)
{
    private readonly SemaphoreSlim loading = new(1, 1);
    private ResponseContract? contract;

    public async Task<ResponseContract> GetAsync(CancellationToken cancellationToken)
    {
        if (contract is { } loaded)
        {
            return loaded;
        }

        await loading.WaitAsync(cancellationToken);
        try
        {
            if (contract is null)
            {
                using var client = unvalidatedClient();
                contract = new ResponseContract(await ServedDocument.LoadAsync(client, cancellationToken));
            }

            return contract;
        }
        finally
        {
            loading.Release();
        }
    }
}
