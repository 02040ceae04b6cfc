using AnalisaAI.LoadBenchmark.IdentityPeer;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

// The reference point for refresh latency: ASP.NET Core Identity's own bearer-token endpoints on SQLite,
// with nothing added. Its refresh token is a self-contained protected payload (no rotation, no write).
var builder = WebApplication.CreateBuilder(args);
var connectionString = builder.Configuration.GetConnectionString("Default")
    ?? throw new InvalidOperationException("ConnectionStrings:Default is required.");

builder.Services.AddDbContext<PeerDbContext>(options => options.UseSqlite(connectionString));
builder.Services.AddAuthorization();
builder.Services.AddIdentityApiEndpoints<IdentityUser>().AddEntityFrameworkStores<PeerDbContext>();

var app = builder.Build();
await using (var scope = app.Services.CreateAsyncScope())
{
    var db = scope.ServiceProvider.GetRequiredService<PeerDbContext>();
    await db.Database.EnsureCreatedAsync();
    await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;");
}

app.MapGet("/health/ready", () => Results.Ok());
app.MapIdentityApi<IdentityUser>();
await app.RunAsync();
