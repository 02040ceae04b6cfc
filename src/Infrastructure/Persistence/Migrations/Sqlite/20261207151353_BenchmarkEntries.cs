using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AnalisaAI.Api.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class BenchmarkEntries : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "BenchmarkEntries",
                columns: table => new
                {
                    InfluencerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    RunId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CalculatedAt = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Platform = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Tier = table.Column<string>(type: "TEXT", maxLength: 8, nullable: true),
                    EngagementRatePublic = table.Column<double>(type: "REAL", nullable: true),
                    GrowthRate30 = table.Column<double>(type: "REAL", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BenchmarkEntries", x => x.InfluencerId);
                    table.ForeignKey(
                        name: "FK_BenchmarkEntries_Influencers_InfluencerId",
                        column: x => x.InfluencerId,
                        principalTable: "Influencers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "BenchmarkResults",
                columns: table => new
                {
                    RunId = table.Column<Guid>(type: "TEXT", nullable: false),
                    ErPeerCount = table.Column<int>(type: "INTEGER", nullable: false),
                    ErPercentile = table.Column<double>(type: "REAL", nullable: true),
                    ErTierMedian = table.Column<double>(type: "REAL", nullable: true),
                    FollowerTier = table.Column<string>(type: "TEXT", nullable: true),
                    Growth30Percentile = table.Column<double>(type: "REAL", nullable: true),
                    Growth30TierMedian = table.Column<double>(type: "REAL", nullable: true),
                    GrowthPeerCount = table.Column<int>(type: "INTEGER", nullable: false),
                    InfluencerId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CalculatedAt = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BenchmarkResults", x => x.RunId);
                    table.ForeignKey(
                        name: "FK_BenchmarkResults_MetricRuns_RunId",
                        column: x => x.RunId,
                        principalTable: "MetricRuns",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_BenchmarkEntries_Er",
                table: "BenchmarkEntries",
                columns: new[] { "Platform", "Tier", "EngagementRatePublic", "CalculatedAt", "InfluencerId" });

            migrationBuilder.CreateIndex(
                name: "IX_BenchmarkEntries_Growth30",
                table: "BenchmarkEntries",
                columns: new[] { "Platform", "Tier", "GrowthRate30", "CalculatedAt", "InfluencerId" });

            migrationBuilder.CreateIndex(
                name: "IX_BenchmarkEntries_Platform_CalculatedAt",
                table: "BenchmarkEntries",
                columns: new[] { "Platform", "CalculatedAt" });

            migrationBuilder.Sql(BenchmarkEntriesBackfill.Sql);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "BenchmarkEntries");

            migrationBuilder.DropTable(
                name: "BenchmarkResults");
        }
    }
}
