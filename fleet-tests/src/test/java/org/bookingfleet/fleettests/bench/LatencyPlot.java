package org.bookingfleet.fleettests.bench;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

/**
 * Latency against offered load, one colour per scenario, p50 solid and p99 dashed, both
 * axes logarithmic (the rates double from step to step); a step at which the scenario
 * saturated is drawn as a ring.
 */
final class LatencyPlot {

	private static final int WIDTH = 1000;

	private static final int HEIGHT = 640;

	private static final int LEFT = 80;

	private static final int RIGHT = 230;

	private static final int TOP = 50;

	private static final int BOTTOM = 70;

	private static final Color[] COLOURS = { new Color(0x1f77b4), new Color(0xd62728), new Color(0x2ca02c),
			new Color(0x9467bd), new Color(0xff7f0e) };

	private LatencyPlot() {
	}

	static void write(List<StepResult> results, Path file) throws IOException {
		Map<String, List<StepResult>> byScenario = new LinkedHashMap<>();
		results.forEach(r -> byScenario.computeIfAbsent(r.scenario(), k -> new java.util.ArrayList<>()).add(r));
		double maxRate = results.stream().mapToInt(StepResult::offeredPerSecond).max().orElse(1);
		double minRate = results.stream().mapToInt(StepResult::offeredPerSecond).min().orElse(1);
		double[] rates = { Math.max(1, Math.min(minRate, maxRate / 2)), maxRate };
		double maxLatency = results.stream()
			.mapToDouble(StepResult::p99)
			.filter(v -> !Double.isNaN(v))
			.max()
			.orElse(10);
		double minLatency = results.stream()
			.mapToDouble(StepResult::p50)
			.filter(v -> !Double.isNaN(v) && v > 0)
			.min()
			.orElse(1);
		double low = Math.pow(10, Math.floor(Math.log10(Math.max(0.1, minLatency))));
		double high = Math.pow(10, Math.ceil(Math.log10(Math.max(maxLatency, low * 10))));

		BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
		g.setColor(Color.WHITE);
		g.fillRect(0, 0, WIDTH, HEIGHT);
		g.setColor(Color.BLACK);
		g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 16));
		g.drawString("Latency through the gateway against offered load", LEFT, 30);
		g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
		int plotWidth = WIDTH - LEFT - RIGHT;
		int plotHeight = HEIGHT - TOP - BOTTOM;
		g.drawRect(LEFT, TOP, plotWidth, plotHeight);
		for (double tick = low; tick <= high * 1.0001; tick *= 10) {
			int y = y(tick, low, high, plotHeight);
			g.setColor(new Color(0xdddddd));
			g.drawLine(LEFT, y, LEFT + plotWidth, y);
			g.setColor(Color.BLACK);
			g.drawString(format(tick) + " ms", 8, y + 4);
		}
		results.stream().mapToInt(StepResult::offeredPerSecond).distinct().forEach(rate -> {
			int x = x(rate, rates, plotWidth);
			g.drawLine(x, TOP + plotHeight, x, TOP + plotHeight + 5);
			g.drawString(format(rate), x - 8, TOP + plotHeight + 20);
		});
		g.drawString("offered load (operations per second)", LEFT + plotWidth / 2 - 100, HEIGHT - 25);

		int colour = 0;
		int legendY = TOP + 10;
		for (Map.Entry<String, List<StepResult>> scenario : byScenario.entrySet()) {
			Color c = COLOURS[colour++ % COLOURS.length];
			line(g, scenario.getValue(), c, false, rates, low, high, plotWidth, plotHeight);
			line(g, scenario.getValue(), c, true, rates, low, high, plotWidth, plotHeight);
			g.setColor(c);
			g.setStroke(new BasicStroke(2));
			g.drawLine(WIDTH - RIGHT + 15, legendY, WIDTH - RIGHT + 40, legendY);
			g.setColor(Color.BLACK);
			g.drawString(scenario.getKey(), WIDTH - RIGHT + 45, legendY + 4);
			legendY += 20;
		}
		g.drawString("solid: p50   dashed: p99", WIDTH - RIGHT + 15, legendY + 10);
		g.drawString("ring: saturated", WIDTH - RIGHT + 15, legendY + 28);
		g.dispose();
		Files.createDirectories(file.getParent());
		ImageIO.write(image, "png", file.toFile());
	}

	private static void line(Graphics2D g, List<StepResult> steps, Color colour, boolean p99, double[] rates,
			double low, double high, int plotWidth, int plotHeight) {
		g.setColor(colour);
		g.setStroke(p99 ? new BasicStroke(2, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 1, new float[] { 6, 5 }, 0)
				: new BasicStroke(2));
		int lastX = -1;
		int lastY = -1;
		for (StepResult step : steps) {
			double latency = p99 ? step.p99() : step.p50();
			if (Double.isNaN(latency)) {
				continue;
			}
			int x = x(step.offeredPerSecond(), rates, plotWidth);
			int y = y(Math.max(latency, low), low, high, plotHeight);
			if (step.saturated()) {
				g.drawOval(x - 5, y - 5, 10, 10);
			}
			else {
				g.fillOval(x - 3, y - 3, 6, 6);
			}
			if (lastX >= 0) {
				g.drawLine(lastX, lastY, x, y);
			}
			lastX = x;
			lastY = y;
		}
	}

	private static int x(double rate, double[] rates, int plotWidth) {
		double span = Math.log(rates[1]) - Math.log(rates[0]);
		double fraction = span <= 0 ? 1 : (Math.log(rate) - Math.log(rates[0])) / span;
		return LEFT + (int) (plotWidth * fraction);
	}

	private static int y(double latency, double low, double high, int plotHeight) {
		double fraction = (Math.log10(latency) - Math.log10(low)) / (Math.log10(high) - Math.log10(low));
		return TOP + plotHeight - (int) (plotHeight * fraction);
	}

	private static String format(double value) {
		return value >= 10 || value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
	}

}
