package org.incidentatlas.ui;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.File;
import java.io.IOException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

import javafx.scene.Scene;
import javafx.scene.image.Image;
import javafx.scene.image.PixelFormat;

import org.testfx.util.WaitForAsyncUtils;

/**
 * Pictures of the app that the flows leave in target/screenshots for a person to look at. They are
 * read by no check, so they are written the cheap way: the pixels copied as they are (not through
 * SwingFXUtils' premultiplied image, which the PNG writer converts back pixel by pixel) and deflated
 * at the fastest level (the default level took most of a viewer flow's own CPU time).
 */
final class Screenshots {

    static final File DIR = new File("target/screenshots");

    private Screenshots() {
    }

    /** The scene as it shows once a few pulses have laid out what the last step changed. */
    static void save(Scene scene, String name) {
        WaitForAsyncUtils.waitForFxEvents(5);
        try {
            Image image = WaitForAsyncUtils.asyncFx(() -> scene.snapshot(null)).get(10, TimeUnit.SECONDS);
            write(image, new File(DIR, name + ".png"));
        } catch (InterruptedException | ExecutionException | TimeoutException e) {
            throw new AssertionError("cannot take screenshot " + name, e);
        }
    }

    /** A JavaFX image as a PNG file. */
    static void write(Image image, File file) {
        int width = (int) image.getWidth();
        int height = (int) image.getHeight();
        BufferedImage picture = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        int[] pixels = ((DataBufferInt) picture.getRaster().getDataBuffer()).getData();
        image.getPixelReader().getPixels(0, 0, width, height, PixelFormat.getIntArgbInstance(), pixels, 0, width);
        ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
        ImageWriteParam fastest = writer.getDefaultWriteParam();
        fastest.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        fastest.setCompressionQuality(0.85f); // deflate level 1
        file.getAbsoluteFile().getParentFile().mkdirs();
        file.delete();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(file)) {
            writer.setOutput(out);
            writer.write(null, new IIOImage(picture, null, null), fastest);
        } catch (IOException e) {
            throw new AssertionError("cannot write screenshot " + file, e);
        } finally {
            writer.dispose();
        }
    }
}
