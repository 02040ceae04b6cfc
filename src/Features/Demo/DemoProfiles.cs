using AnalisaAI.Api.Features.Influencers;

namespace AnalisaAI.Api.Features.Demo;

/// <summary>A sample influencer: who they are and how big they are today.</summary>
internal sealed record DemoProfile(
    string Handle,
    Platform Platform,
    string DisplayName,
    string Biography,
    long Followers,
    params string[] Categories)
{
    /// <summary>A planted one-day jump in followers, so the demo shows a raised <c>followerSpike</c> signal.</summary>
    public DemoSpike? Spike { get; init; }
}

/// <summary><paramref name="Followers"/> gained on top of the usual change, <paramref name="DaysAgo"/> days before today.</summary>
internal sealed record DemoSpike(int DaysAgo, long Followers);

internal static class DemoProfiles
{
    /// <summary>
    /// Six per platform across categories and sizes (36 thousand to 3.5 million followers), and ten more micro
    /// Instagram accounts, so that the demo's twelve micro Instagram accounts each have the ten peers a percentile
    /// needs (docs/metrics.md, "Stage 5: benchmark").
    /// </summary>
    public static readonly IReadOnlyList<DemoProfile> All =
    [
        new("marina.looks", Platform.Instagram, "Marina Costa", "Looks do dia, moda acessível e dicas de estilo.", 245_000, "fashion", "beauty"),
        new("rafa.treina", Platform.Instagram, "Rafael Lima", "Personal trainer. Treinos de 20 minutos.", 512_000, "fitness"),
        new("chef.bia", Platform.Instagram, "Beatriz Rocha", "Receitas de família com um toque moderno.", 88_400, "food")
        {
            // Well inside the signals' 30 days, and far beyond their thresholds (docs/metrics.md, "Stage 6").
            Spike = new(DaysAgo: 9, Followers: 6_000),
        },
        new("mochila.leve", Platform.Instagram, "Lucas Andrade", "Viajando o Brasil de mochila e pouco dinheiro.", 131_500, "travel"),
        new("pele.de.ouro", Platform.Instagram, "Camila Souza", "Skincare sem mistério. Dermato aprovada.", 1_240_000, "beauty"),
        new("ju.decor", Platform.Instagram, "Juliana Mendes", "Casa, organização e rotina leve.", 36_900, "lifestyle"),
        new("pao.de.fermento", Platform.Instagram, "Rita Gomes", "Fermentação natural, do zero ao pão.", 24_600, "food"),
        new("bike.urbana", Platform.Instagram, "Caio Moreira", "Pedalando pela cidade, todos os dias.", 41_200, "sports", "lifestyle"),
        new("unhas.da.lu", Platform.Instagram, "Luana Prado", "Nail art fácil de fazer em casa.", 63_800, "beauty"),
        new("plantas.no.ape", Platform.Instagram, "Marcos Teixeira", "Plantas que sobrevivem a apartamento.", 17_300, "lifestyle"),
        new("yoga.com.ines", Platform.Instagram, "Inês Cardoso", "Yoga para iniciantes, 15 minutos por dia.", 52_100, "fitness"),
        new("vinil.raro", Platform.Instagram, "Diego Farias", "Discos, toca-discos e histórias da música.", 12_900, "music"),
        new("trilhas.do.sul", Platform.Instagram, "Paula Becker", "Trilhas e acampamentos no sul do Brasil.", 78_400, "travel"),
        new("setup.gamer", Platform.Instagram, "Vitor Hugo", "Setups, periféricos e dicas de jogos.", 95_700, "gaming", "tech"),
        new("brecho.chic", Platform.Instagram, "Sofia Antunes", "Moda de segunda mão com estilo.", 29_800, "fashion"),
        new("cafe.especial", Platform.Instagram, "Henrique Vaz", "Métodos, grãos e cafeterias pelo Brasil.", 46_500, "food"),

        new("gabi.dance", Platform.Tiktok, "Gabriela Alves", "Coreografias novas toda semana.", 2_310_000, "music", "lifestyle"),
        new("techcomleo", Platform.Tiktok, "Leonardo Dias", "Tecnologia explicada em 60 segundos.", 410_000, "tech"),
        new("receitas.rapidas", Platform.Tiktok, "Fernanda Lopes", "Receitas em 15 minutos ou menos.", 965_000, "food"),
        new("treino.em.casa", Platform.Tiktok, "Pedro Martins", "Sem academia, sem desculpa.", 178_000, "fitness"),
        new("nina.games", Platform.Tiktok, "Nina Carvalho", "Clipes, dicas e lives de games.", 742_000, "gaming"),
        new("moda.acessivel", Platform.Tiktok, "Larissa Ribeiro", "Looks por menos de 100 reais.", 57_300, "fashion"),

        new("canaldoteco", Platform.Youtube, "Teco Oliveira", "Reviews de celulares, PCs e consoles.", 1_580_000, "tech", "gaming"),
        new("viajando.com.ana", Platform.Youtube, "Ana Pereira", "Roteiros completos pela América do Sul.", 623_000, "travel"),
        new("cozinha.da.vovo", Platform.Youtube, "Dona Helena", "As receitas da vovó, passo a passo.", 2_040_000, "food"),
        new("fitcomcarol", Platform.Youtube, "Carolina Nunes", "Treino, alimentação e autocuidado.", 289_000, "fitness", "beauty"),
        new("jogatina.br", Platform.Youtube, "Bruno Ferreira", "Gameplays, detonados e muita zoeira.", 3_450_000, "gaming"),
        new("som.de.garagem", Platform.Youtube, "Thiago Barros", "Covers, aulas de guitarra e bandas independentes.", 74_800, "music"),

        new("portal.sabor", Platform.Facebook, "Sabor de Casa", "A maior comunidade de receitas caseiras.", 1_120_000, "food"),
        new("corrida.br", Platform.Facebook, "Corrida Brasil", "Provas, planilhas e a comunidade de corredores.", 356_000, "sports", "fitness"),
        new("guia.praias", Platform.Facebook, "Guia de Praias", "As melhores praias do litoral brasileiro.", 812_000, "travel"),
        new("maquiagem.facil", Platform.Facebook, "Maquiagem Fácil", "Tutoriais de maquiagem para o dia a dia.", 198_000, "beauty", "fashion"),
        new("rock.nacional", Platform.Facebook, "Rock Nacional", "Notícias, shows e clássicos do rock brasileiro.", 467_000, "music"),
        new("gadgets.hoje", Platform.Facebook, "Gadgets Hoje", "Lançamentos e ofertas de tecnologia.", 92_500, "tech"),
    ];
}
