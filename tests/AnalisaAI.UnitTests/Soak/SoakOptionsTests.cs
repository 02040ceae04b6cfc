using AnalisaAI.Soak;

namespace AnalisaAI.UnitTests.Soak;

public sealed class SoakOptionsTests
{
    [Fact]
    public void Instance_b_environment_is_repeatable_and_named_in_the_command_line()
    {
        var options = SoakOptions.Parse(["--minutes", "20", "--instance-b-env", "MALLOC_ARENA_MAX=2", "--instance-b-env", "DOTNET_X=a=b"]);

        options.InstanceBEnvironment.Select(e => $"{e.Key}|{e.Value}").Should().Equal("MALLOC_ARENA_MAX|2", "DOTNET_X|a=b");
        options.CommandLine().Should().EndWith(" --instance-b-env MALLOC_ARENA_MAX=2 --instance-b-env DOTNET_X=a=b");
    }

    [Theory]
    [InlineData("--instance-b-env", "NOVALUE")]
    [InlineData("--instance-b-env", "=2")]
    [InlineData("--kill-at", "1.5")]
    [InlineData("--unknown", "1")]
    public void Bad_options_are_refused(string name, string value) =>
        FluentActions.Invoking(() => SoakOptions.Parse([name, value])).Should().Throw<ArgumentException>();
}
