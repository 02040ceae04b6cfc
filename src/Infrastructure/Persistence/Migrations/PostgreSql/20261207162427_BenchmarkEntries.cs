using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace AnalisaAI.Api.Infrastructure.Persistence.Migrations.PostgreSql
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
                    InfluencerId = table.Column<Guid>(type: "uuid", nullable: false),
                    Sequence = table.Column<long>(type: "bigint", nullable: false),
                    Platform = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Deleted = table.Column<bool>(type: "boolean", nullable: false),
                    RunId = table.Column<Guid>(type: "uuid", nullable: false),
                    CalculatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Tier = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: true),
                    EngagementRatePublic = table.Column<double>(type: "double precision", nullable: true),
                    GrowthRate30 = table.Column<double>(type: "double precision", nullable: true),
                    PreviousRunId = table.Column<Guid>(type: "uuid", nullable: true),
                    PreviousCalculatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    PreviousTier = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: true),
                    PreviousEngagementRatePublic = table.Column<double>(type: "double precision", nullable: true),
                    PreviousGrowthRate30 = table.Column<double>(type: "double precision", nullable: true),
                    PreviousKnown = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BenchmarkEntries", x => x.InfluencerId);
                });

            migrationBuilder.CreateTable(
                name: "BenchmarkFeed",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false),
                    Sequence = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BenchmarkFeed", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "BenchmarkResults",
                columns: table => new
                {
                    RunId = table.Column<Guid>(type: "uuid", nullable: false),
                    ErPeerCount = table.Column<int>(type: "integer", nullable: false),
                    ErPercentile = table.Column<double>(type: "double precision", nullable: true),
                    ErTierMedian = table.Column<double>(type: "double precision", nullable: true),
                    FollowerTier = table.Column<string>(type: "text", nullable: true),
                    Growth30Percentile = table.Column<double>(type: "double precision", nullable: true),
                    Growth30TierMedian = table.Column<double>(type: "double precision", nullable: true),
                    GrowthPeerCount = table.Column<int>(type: "integer", nullable: false),
                    InfluencerId = table.Column<Guid>(type: "uuid", nullable: false),
                    CalculatedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
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

            migrationBuilder.InsertData(
                table: "BenchmarkFeed",
                columns: new[] { "Id", "Sequence" },
                values: new object[] { 1, 0L });

            migrationBuilder.CreateIndex(
                name: "IX_BenchmarkEntries_Sequence",
                table: "BenchmarkEntries",
                column: "Sequence");

            // A database migrated with runs already stored: each influencer's latest run becomes its entry.
            migrationBuilder.Sql(BenchmarkEntriesBackfill.Sql("FALSE"));
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "BenchmarkEntries");

            migrationBuilder.DropTable(
                name: "BenchmarkFeed");

            migrationBuilder.DropTable(
                name: "BenchmarkResults");
        }
    }
}
