using AnalisaAI.Api.Infrastructure.Persistence;
using AnalisaAI.Api.Infrastructure.Web;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace AnalisaAI.Api.Features.Auth.Me;

public sealed class MeHandler(AppDbContext db) : IQueryHandler<MeQuery, UserResponse>
{
    public async ValueTask<UserResponse> Handle(MeQuery query, CancellationToken cancellationToken)
    {
        var user = await db.Users.AsNoTracking().SingleOrDefaultAsync(u => u.Id == query.UserId, cancellationToken)
            ?? throw new NotFoundException("The signed-in account no longer exists.");
        return UserResponse.From(user);
    }
}
