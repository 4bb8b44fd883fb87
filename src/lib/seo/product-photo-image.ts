/**
 * The product photo that structured data (`Product.image`) names, on product and check pages:
 * 1200 px wide at the photo's own proportions, never cropped. A 1200 × 630 cover crop cut the
 * top and bottom of a 4:3 photo, and with them the caption of the sample illustrations ("Ảnh
 * minh họa · dữ liệu mẫu") and half the product's name. One file serves both pages.
 */
import { getImage } from 'astro:assets';

export const PRODUCT_PHOTO_IMAGE_WIDTH = 1200;

export async function productPhotoImage(
  photo: { src: ImageMetadata } | undefined,
): Promise<{ src: string } | undefined> {
  if (!photo) return undefined;
  return getImage({
    src: photo.src,
    width: Math.min(PRODUCT_PHOTO_IMAGE_WIDTH, photo.src.width),
    format: 'jpg',
    quality: 70,
  });
}
