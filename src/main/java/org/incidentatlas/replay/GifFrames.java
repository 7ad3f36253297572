package org.incidentatlas.replay;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Iterator;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * An animated GIF through the JDK's own GIF writer: each frame with its delay, looping forever
 * (the NETSCAPE2.0 extension browsers and viewers honour).
 */
final class GifFrames implements FrameSink {

    private static final String FORMAT = "javax_imageio_gif_image_1.0";

    private final ImageWriter writer;
    private final ImageOutputStream stream;
    private final double unitSeconds;
    private boolean first = true;
    /** Units shown so far: delays are rounded from the running total, so rounding never adds up. */
    private long elapsedUnits;

    GifFrames(OutputStream out, double unitSeconds) throws IOException {
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("gif");
        if (!writers.hasNext()) {
            throw new IOException("no GIF writer is available");
        }
        this.writer = writers.next();
        this.stream = new MemoryCacheImageOutputStream(out);
        this.unitSeconds = unitSeconds;
        writer.setOutput(stream);
        writer.prepareWriteSequence(null);
    }

    @Override
    public void frame(BufferedImage image, int units) throws IOException {
        ImageWriteParam param = writer.getDefaultWriteParam();
        IIOMetadata metadata = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(image), param);
        IIOMetadataNode root = (IIOMetadataNode) metadata.getAsTree(FORMAT);
        IIOMetadataNode control = child(root, "GraphicControlExtension");
        control.setAttribute("disposalMethod", "none");
        control.setAttribute("userInputFlag", "FALSE");
        control.setAttribute("transparentColorFlag", "FALSE");
        // GIF delays are in hundredths of a second; below 2 most viewers show 10, so 2 is the floor.
        long start = Math.round(elapsedUnits * unitSeconds * 100);
        elapsedUnits += units;
        long end = Math.round(elapsedUnits * unitSeconds * 100);
        control.setAttribute("delayTime", Long.toString(Math.max(2, end - start)));
        control.setAttribute("transparentColorIndex", "0");
        if (first) {
            IIOMetadataNode extensions = child(root, "ApplicationExtensions");
            IIOMetadataNode loop = new IIOMetadataNode("ApplicationExtension");
            loop.setAttribute("applicationID", "NETSCAPE");
            loop.setAttribute("authenticationCode", "2.0");
            loop.setUserObject(new byte[] {1, 0, 0}); // sub-block 1, loop count 0: for ever
            extensions.appendChild(loop);
            first = false;
        }
        metadata.setFromTree(FORMAT, root);
        writer.writeToSequence(new IIOImage(image, null, metadata), param);
    }

    @Override
    public void finish() throws IOException {
        writer.endWriteSequence();
        stream.flush();
        writer.dispose();
    }

    private static IIOMetadataNode child(IIOMetadataNode root, String name) {
        for (int i = 0; i < root.getLength(); i++) {
            if (root.item(i).getNodeName().equalsIgnoreCase(name)) {
                return (IIOMetadataNode) root.item(i);
            }
        }
        IIOMetadataNode node = new IIOMetadataNode(name);
        root.appendChild(node);
        return node;
    }
}
