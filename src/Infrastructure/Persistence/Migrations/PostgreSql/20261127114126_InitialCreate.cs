using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace AnalisaAI.Api.Infrastructure.Persistence.Migrations.PostgreSql
{
    /// <inheritdoc />
    public partial class InitialCreate : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterDatabase()
                .Annotation("Npgsql:PostgresExtension:citext", ",,");

            migrationBuilder.CreateTable(
                name: "Categories",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Name = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Categories", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Influencers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Handle = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    NormalizedHandle = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Platform = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    DisplayName = table.Column<string>(type: "citext", maxLength: 200, nullable: true),
                    Biography = table.Column<string>(type: "character varying(2200)", maxLength: 2200, nullable: true),
                    Followers = table.Column<long>(type: "bigint", nullable: true),
                    Following = table.Column<long>(type: "bigint", nullable: true),
                    PostsCount = table.Column<long>(type: "bigint", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    LastUpdateStatus = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    LastUpdateAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    LastUpdateError = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    LatestRunId = table.Column<Guid>(type: "uuid", nullable: true),
                    RelevanceOverall = table.Column<double>(type: "double precision", nullable: true),
                    Version = table.Column<Guid>(type: "uuid", nullable: false),
                    ClaimedUntil = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ConsecutiveFailures = table.Column<int>(type: "integer", nullable: false),
                    LastViewedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    RetryNotBefore = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Influencers", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "MetricsUpdateInstances",
                columns: table => new
                {
                    Id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    SeenAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MetricsUpdateInstances", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Users",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Email = table.Column<string>(type: "character varying(254)", maxLength: 254, nullable: false),
                    NormalizedEmail = table.Column<string>(type: "character varying(254)", maxLength: 254, nullable: false),
                    DisplayName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    PasswordHash = table.Column<string>(type: "character varying(512)", maxLength: 512, nullable: false),
                    Role = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    FailedLoginCount = table.Column<int>(type: "integer", nullable: false),
                    LockoutEndsAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Users", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AudienceSnapshots",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    InfluencerId = table.Column<Guid>(type: "uuid", nullable: false),
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    Followers = table.Column<long>(type: "bigint", nullable: false),
                    Following = table.Column<long>(type: "bigint", nullable: true),
                    Gained = table.Column<long>(type: "bigint", nullable: true),
                    Lost = table.Column<long>(type: "bigint", nullable: true),
                    ProfileViews = table.Column<long>(type: "bigint", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AudienceSnapshots", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AudienceSnapshots_Influencers_InfluencerId",
                        column: x => x.InfluencerId,
                        principalTable: "Influencers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "InfluencerCategories",
                columns: table => new
                {
                    CategoriesId = table.Column<int>(type: "integer", nullable: false),
                    InfluencersId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InfluencerCategories", x => new { x.CategoriesId, x.InfluencersId });
                    table.ForeignKey(
                        name: "FK_InfluencerCategories_Categories_CategoriesId",
                        column: x => x.CategoriesId,
                        principalTable: "Categories",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_InfluencerCategories_Influencers_InfluencersId",
                        column: x => x.InfluencersId,
                        principalTable: "Influencers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "MetricRuns",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    InfluencerId = table.Column<Guid>(type: "uuid", nullable: false),
                    Trigger = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    StartedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    FinishedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    CalculatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    FailedStage = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: true),
                    Error = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    InstanceId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MetricRuns", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MetricRuns_Influencers_InfluencerId",
                        column: x => x.InfluencerId,
                        principalTable: "Influencers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Posts",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    InfluencerId = table.Column<Guid>(type: "uuid", nullable: false),
                    ExternalId = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    PublishedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ContentType = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Likes = table.Column<long>(type: "bigint", nullable: false),
                    Comments = table.Column<long>(type: "bigint", nullable: false),
                    Shares = table.Column<long>(type: "bigint", nullable: true),
                    Saves = table.Column<long>(type: "bigint", nullable: true),
                    Views = table.Column<long>(type: "bigint", nullable: true),
                    Reach = table.Column<long>(type: "bigint", nullable: true),
                    Impressions = table.Column<long>(type: "bigint", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Posts", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Posts_Influencers_InfluencerId",
                        column: x => x.InfluencerId,
                        principalTable: "Influencers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Stories",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    InfluencerId = table.Column<Guid>(type: "uuid", nullable: false),
                    ExternalId = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    PublishedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Views = table.Column<long>(type: "bigint", nullable: false),
                    Reach = table.Column<long>(type: "bigint", nullable: true),
                    Exits = table.Column<long>(type: "bigint", nullable: true),
                    Replies = table.Column<long>(type: "bigint", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Stories", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Stories_Influencers_InfluencerId",
                        column: x => x.InfluencerId,
                        principalTable: "Influencers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "RefreshTokens",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    UserId = table.Column<Guid>(type: "uuid", nullable: false),
                    FamilyId = table.Column<Guid>(type: "uuid", nullable: false),
                    TokenHash = table.Column<string>(type: "character(64)", unicode: false, fixedLength: true, maxLength: 64, nullable: false),
                    CreatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ExpiresAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ConsumedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    RevokedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RefreshTokens", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RefreshTokens_Users_UserId",
                        column: x => x.UserId,
                        principalTable: "Users",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "EngagementResults",
                columns: table => new
                {
                    RunId = table.Column<Guid>(type: "uuid", nullable: false),
                    AvgComments = table.Column<double>(type: "double precision", nullable: false),
                    AvgInteractions = table.Column<double>(type: "double precision", nullable: false),
                    AvgLikes = table.Column<double>(type: "double precision", nullable: false),
                    AvgSaves = table.Column<double>(type: "double precision", nullable: false),
                    AvgShares = table.Column<double>(type: "double precision", nullable: false),
                    EngagementRate = table.Column<double>(type: "double precision", nullable: true),
                    EngagementRateByReach = table.Column<double>(type: "double precision", nullable: true),
                    PostsAnalyzed = table.Column<int>(type: "integer", nullable: false),
                    TotalComments = table.Column<long>(type: "bigint", nullable: false),
                    TotalLikes = table.Column<long>(type: "bigint", nullable: false),
                    TotalSaves = table.Column<long>(type: "bigint", nullable: false),
                    TotalShares = table.Column<long>(type: "bigint", nullable: false),
                    InfluencerId = table.Column<Guid>(type: "uuid", nullable: false),
                    CalculatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_EngagementResults", x => x.RunId);
                    table.ForeignKey(
                        name: "FK_EngagementResults_MetricRuns_RunId",
                        column: x => x.RunId,
                        principalTable: "MetricRuns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "GrowthResults",
                columns: table => new
                {
                    RunId = table.Column<Guid>(type: "uuid", nullable: false),
                    AvgDailyGrowth30 = table.Column<double>(type: "double precision", nullable: true),
                    ChurnRate30 = table.Column<double>(type: "double precision", nullable: true),
                    Followers = table.Column<long>(type: "bigint", nullable: false),
                    GrowthRate1 = table.Column<double>(type: "double precision", nullable: true),
                    GrowthRate30 = table.Column<double>(type: "double precision", nullable: true),
                    GrowthRate7 = table.Column<double>(type: "double precision", nullable: true),
                    NetNewFollowers1 = table.Column<long>(type: "bigint", nullable: true),
                    NetNewFollowers30 = table.Column<long>(type: "bigint", nullable: true),
                    NetNewFollowers7 = table.Column<long>(type: "bigint", nullable: true),
                    ProjectedFollowers30 = table.Column<long>(type: "bigint", nullable: true),
                    RetentionRate30 = table.Column<double>(type: "double precision", nullable: true),
                    InfluencerId = table.Column<Guid>(type: "uuid", nullable: false),
                    CalculatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_GrowthResults", x => x.RunId);
                    table.ForeignKey(
                        name: "FK_GrowthResults_MetricRuns_RunId",
                        column: x => x.RunId,
                        principalTable: "MetricRuns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ReachResults",
                columns: table => new
                {
                    RunId = table.Column<Guid>(type: "uuid", nullable: false),
                    AvgImpressions = table.Column<double>(type: "double precision", nullable: true),
                    AvgReach = table.Column<double>(type: "double precision", nullable: true),
                    AvgStoryViews = table.Column<double>(type: "double precision", nullable: true),
                    ProfileViews = table.Column<long>(type: "bigint", nullable: true),
                    ReachRate = table.Column<double>(type: "double precision", nullable: true),
                    StoriesCount = table.Column<int>(type: "integer", nullable: false),
                    StoryCompletionRate = table.Column<double>(type: "double precision", nullable: true),
                    StoryExitRate = table.Column<double>(type: "double precision", nullable: true),
                    InfluencerId = table.Column<Guid>(type: "uuid", nullable: false),
                    CalculatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReachResults", x => x.RunId);
                    table.ForeignKey(
                        name: "FK_ReachResults_MetricRuns_RunId",
                        column: x => x.RunId,
                        principalTable: "MetricRuns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "RelevanceResults",
                columns: table => new
                {
                    RunId = table.Column<Guid>(type: "uuid", nullable: false),
                    AudienceQualityScore = table.Column<double>(type: "double precision", nullable: true),
                    ConsistencyScore = table.Column<double>(type: "double precision", nullable: true),
                    EngagementScore = table.Column<double>(type: "double precision", nullable: true),
                    EstimatedComponents = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    GrowthScore = table.Column<double>(type: "double precision", nullable: true),
                    Overall = table.Column<double>(type: "double precision", nullable: false),
                    ReachScore = table.Column<double>(type: "double precision", nullable: true),
                    InfluencerId = table.Column<Guid>(type: "uuid", nullable: false),
                    CalculatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RelevanceResults", x => x.RunId);
                    table.ForeignKey(
                        name: "FK_RelevanceResults_MetricRuns_RunId",
                        column: x => x.RunId,
                        principalTable: "MetricRuns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AudienceSnapshots_InfluencerId_Date",
                table: "AudienceSnapshots",
                columns: new[] { "InfluencerId", "Date" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Categories_Name",
                table: "Categories",
                column: "Name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_InfluencerCategories_InfluencersId",
                table: "InfluencerCategories",
                column: "InfluencersId");

            migrationBuilder.CreateIndex(
                name: "IX_Influencers_LastViewedAt",
                table: "Influencers",
                column: "LastViewedAt");

            migrationBuilder.CreateIndex(
                name: "IX_Influencers_Platform_NormalizedHandle",
                table: "Influencers",
                columns: new[] { "Platform", "NormalizedHandle" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Influencers_RelevanceOverall",
                table: "Influencers",
                column: "RelevanceOverall");

            migrationBuilder.CreateIndex(
                name: "IX_Influencers_UpdatedAt_Id",
                table: "Influencers",
                columns: new[] { "UpdatedAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_MetricRuns_InfluencerId_Status_CalculatedAt",
                table: "MetricRuns",
                columns: new[] { "InfluencerId", "Status", "CalculatedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_MetricRuns_PendingManual",
                table: "MetricRuns",
                column: "InfluencerId",
                unique: true,
                filter: "\"Status\" = 'Running' AND \"Trigger\" = 'Manual'");

            migrationBuilder.CreateIndex(
                name: "IX_MetricRuns_StartedAt",
                table: "MetricRuns",
                column: "StartedAt");

            migrationBuilder.CreateIndex(
                name: "IX_Posts_InfluencerId_ExternalId",
                table: "Posts",
                columns: new[] { "InfluencerId", "ExternalId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Posts_InfluencerId_PublishedAt",
                table: "Posts",
                columns: new[] { "InfluencerId", "PublishedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_RefreshTokens_FamilyId",
                table: "RefreshTokens",
                column: "FamilyId");

            migrationBuilder.CreateIndex(
                name: "IX_RefreshTokens_TokenHash",
                table: "RefreshTokens",
                column: "TokenHash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RefreshTokens_UserId",
                table: "RefreshTokens",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_Stories_InfluencerId_ExternalId",
                table: "Stories",
                columns: new[] { "InfluencerId", "ExternalId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Stories_InfluencerId_PublishedAt",
                table: "Stories",
                columns: new[] { "InfluencerId", "PublishedAt" });

            migrationBuilder.CreateIndex(
                name: "IX_Users_NormalizedEmail",
                table: "Users",
                column: "NormalizedEmail",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AudienceSnapshots");

            migrationBuilder.DropTable(
                name: "EngagementResults");

            migrationBuilder.DropTable(
                name: "GrowthResults");

            migrationBuilder.DropTable(
                name: "InfluencerCategories");

            migrationBuilder.DropTable(
                name: "MetricsUpdateInstances");

            migrationBuilder.DropTable(
                name: "Posts");

            migrationBuilder.DropTable(
                name: "ReachResults");

            migrationBuilder.DropTable(
                name: "RefreshTokens");

            migrationBuilder.DropTable(
                name: "RelevanceResults");

            migrationBuilder.DropTable(
                name: "Stories");

            migrationBuilder.DropTable(
                name: "Categories");

            migrationBuilder.DropTable(
                name: "Users");

            migrationBuilder.DropTable(
                name: "MetricRuns");

            migrationBuilder.DropTable(
                name: "Influencers");
        }
    }
}
