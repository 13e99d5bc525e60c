import CourseKit

LessonRunner.main(chapter)
