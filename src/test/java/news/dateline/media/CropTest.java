package news.dateline.media;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CropTest {

    @Test
    void aSquareCropOfALandscapeImageFollowsTheFocalPointWithinTheEdges() {
        assertThat(Crop.SQUARE.region(2400, 1350, 0.5, 0.5)).containsExactly(525, 0, 1350, 1350);
        assertThat(Crop.SQUARE.region(2400, 1350, 0.9, 0.5)).containsExactly(1050, 0, 1350, 1350);
        assertThat(Crop.SQUARE.region(2400, 1350, 0.0, 0.5)).containsExactly(0, 0, 1350, 1350);
    }

    @Test
    void aWideCropOfAPortraitImageKeepsTheFullWidth() {
        assertThat(Crop.WIDE.region(1000, 2000, 0.5, 0.25)).containsExactly(0, 219, 1000, 563);
        assertThat(Crop.WIDE.region(1000, 2000, 0.5, 1.0)).containsExactly(0, 1437, 1000, 563);
    }

    @Test
    void aCropOfTheSameShapeIsTheWholeImage() {
        assertThat(Crop.STANDARD.region(1200, 900, 0.1, 0.9)).containsExactly(0, 0, 1200, 900);
    }
}
