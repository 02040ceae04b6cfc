using AnalisaAI.Client.Models.Auth;
using AnalisaAI.Client.Models.Auth.Login;
using AnalisaAI.Client.Models.Auth.RefreshToken;
using AnalisaAI.Client.Models.Microsoft.AspNetCore.Mvc;

namespace AnalisaAI.ClientTests;

/// <summary>Sign-in and token refresh as a C# integration does them: typed token pairs, a bearer adapter, typed failures.</summary>
public sealed class SignInTests(ClientApiFactory factory) : IClassFixture<ClientApiFactory>
{
    [Fact]
    public async Task Login_returns_a_typed_token_pair_whose_access_token_signs_the_adapter_in()
    {
        var tokens = await LoginAsync();

        tokens.TokenType.Should().Be(TokenPairResponse_tokenType.Bearer);
        tokens.AccessToken.Should().NotBeNullOrEmpty();
        tokens.ExpiresIn.Should().BeGreaterThan(0);
        tokens.RefreshToken.Should().NotBeNullOrEmpty("outside cookie mode the refresh token is in the body");
        tokens.RefreshTokenExpiresAt.Should().BeAfter(DateTimeOffset.UtcNow);

        var me = await factory.CreateKiotaClient(tokens.AccessToken).Api.Auth.Me.GetAsync();

        me!.Email.Should().Be(ClientApiFactory.AdminEmail);
        me.Role.Should().Be(UserResponse_role.Admin);
    }

    [Fact]
    public async Task Without_a_token_the_client_gets_a_typed_401_problem()
    {
        var call = () => factory.CreateKiotaClient().Api.Auth.Me.GetAsync();

        var problem = (await call.Should().ThrowAsync<ProblemDetails>()).Which;
        problem.ResponseStatusCode.Should().Be(401);
        problem.Status.Should().Be(401);
        problem.TraceId.Should().NotBeNullOrEmpty();
    }

    [Fact]
    public async Task Refresh_with_the_token_in_the_body_rotates_it_and_a_reused_token_is_a_typed_401()
    {
        var first = await LoginAsync();
        var anonymous = factory.CreateKiotaClient();

        var second = await anonymous.Api.Auth.Refresh.PostAsync(new RefreshTokenCommand { RefreshToken = first.RefreshToken });

        second!.RefreshToken.Should().NotBeNullOrEmpty().And.NotBe(first.RefreshToken);
        (await factory.CreateKiotaClient(second.AccessToken).Api.Auth.Me.GetAsync())!.Email.Should().Be(ClientApiFactory.AdminEmail);

        var reuse = () => anonymous.Api.Auth.Refresh.PostAsync(new RefreshTokenCommand { RefreshToken = first.RefreshToken });
        var problem = (await reuse.Should().ThrowAsync<ProblemDetails>()).Which;
        problem.ResponseStatusCode.Should().Be(401);
        problem.Title.Should().NotBeNullOrEmpty();
    }

    [Fact]
    public async Task Refresh_in_cookie_mode_sends_an_empty_body_and_the_cookie_carries_the_token()
    {
        // One client, one cookie jar: the browser's way, with useCookies typed as a boolean.
        var browser = factory.CreateKiotaClient();
        var login = await browser.Api.Auth.Login.PostAsync(
            new LoginCommand { Email = ClientApiFactory.AdminEmail, Password = factory.AdminPassword },
            request => request.QueryParameters.UseCookies = true);
        login!.RefreshToken.Should().BeNull("in cookie mode the refresh token stays in the HttpOnly cookie");

        var refreshed = await browser.Api.Auth.Refresh.PostAsync(new RefreshTokenCommand(), request => request.QueryParameters.UseCookies = true);

        refreshed!.AccessToken.Should().NotBeNullOrEmpty().And.NotBe(login.AccessToken);
        refreshed.RefreshToken.Should().BeNull();

        // Another jar has no cookie: the same empty request has no token to present.
        var stranger = () => factory.CreateKiotaClient().Api.Auth.Refresh.PostAsync(
            new RefreshTokenCommand(), request => request.QueryParameters.UseCookies = true);
        (await stranger.Should().ThrowAsync<ProblemDetails>()).Which.ResponseStatusCode.Should().Be(401);
    }

    private async Task<TokenPairResponse> LoginAsync() =>
        (await factory.CreateKiotaClient().Api.Auth.Login.PostAsync(
            new LoginCommand { Email = ClientApiFactory.AdminEmail, Password = factory.AdminPassword }))!;
}
